package dev.patina.runtime.sync;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;
import dev.patina.runtime.task.Coop;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The core of an mpsc channel: who is still there (senders, the receiver, sends in flight), the
 * receiver's waker, and the receive logic. The storage, an array ring or a linked list, is the
 * subclass's.
 *
 * <p>Storage contract: {@link #store} is called only between a successful {@link #beginPush} and
 * its {@link #endPush}, by any thread; {@link #hasPublished}, {@link #take} and {@link
 * #claimedAhead} only by the receiver.
 */
abstract class Chan<T> {

  static final long RX_CLOSED = 1;
  static final long IN_FLIGHT = 2;
  static final long SENDER = 1L << 32;
  private static final long IN_FLIGHT_MASK = SENDER - IN_FLIGHT;

  private static final VarHandle STATE =
      Handles.field(MethodHandles.lookup(), Chan.class, "state", long.class);
  private static final VarHandle PARKED =
      Handles.field(MethodHandles.lookup(), Chan.class, "rxParked", int.class);

  /** Live senders (upper 32 bits), sends between beginPush and endPush (times 2), RX_CLOSED. */
  @SuppressWarnings("unused") // accessed through STATE
  private volatile long state = SENDER;

  // volatile: written by the receiver before it sets rxParked, read by a sender after it
  // clears rxParked, so the sender that wakes sees the latest waker
  private volatile Waker rxWaker;

  /** 1 while the receiver waits (returned pending); the sender that clears it wakes it. */
  @SuppressWarnings("unused") // accessed through PARKED
  private volatile int rxParked;

  // confined to the receiver
  private boolean rxDone;

  abstract void store(T value);

  abstract boolean hasPublished();

  abstract T take();

  /** Whether a sender has claimed a place after the receiver's position (published or not). */
  abstract boolean claimedAhead();

  /** Called by the receiver after each take (the bounded channel gives a permit back). */
  void afterTake() {}

  /** Called when the receiver closes (the bounded channel fails its waiting senders). */
  void onRxClose() {}

  // ---------------------------------------------------------------- senders

  /**
   * Starts a push for {@code handle}; returns null if it may go ahead, else why not. Must be
   * followed by {@link #endPush} when it returned null.
   *
   * <p>A refused push never touches the count: were it to add itself and take itself back, a
   * receiver looking in between would see a closed channel as open (Lincheck found exactly that
   * with getAndAdd here). A handle's own close must not race its sends (as a Rust sender cannot
   * be dropped while it sends); if it does, the push either lands before the close or is refused.
   */
  final String beginPush(SenderHandle<T> handle) {
    if (handle.isClosed()) {
      return "this sender is closed";
    }
    // volatile read, then CAS (sequentially consistent): the receiver reads senders and
    // in-flight from this one word, so it never sees "closed, nothing in flight" while this
    // push can still land
    long s = (long) STATE.getVolatile(this);
    while (true) {
      if ((s & RX_CLOSED) != 0) {
        return "the receiver is closed";
      }
      if ((s >>> 32) == 0) {
        return "this sender is closed";
      }
      long witness = (long) STATE.compareAndExchange(this, s, s + IN_FLIGHT);
      if (witness == s) {
        return null;
      }
      s = witness;
    }
  }

  final void endPush() {
    // RMW: also the full fence between publishing the message and reading rxParked (the other
    // half of the Dekker pair with pollRecv's park-then-recheck)
    STATE.getAndAdd(this, -IN_FLIGHT);
    wakeRx();
  }

  /** Adds a sender for a clone of {@code handle}; false if {@code handle} is closed. */
  final boolean addSender(SenderHandle<T> handle) {
    // add first, then check the handle, as beginPush does: a racing close of the handle cannot
    // make the receiver see zero senders while this clone is being born
    // RMW: the count must be visible before anyone can use the clone
    STATE.getAndAdd(this, SENDER);
    if (handle.isClosed()) {
      dropSender();
      return false;
    }
    return true;
  }

  final void dropSender() {
    // RMW (volatile): ordered after every push of this handle (they ended with an RMW on this
    // word), so a receiver that sees no senders sees their messages too
    long s = (long) STATE.getAndAdd(this, -SENDER);
    if (s >>> 32 == 1) {
      wakeRx();
    }
  }

  final boolean isRxClosed() {
    // volatile read: once set, RX_CLOSED stays
    return ((long) STATE.getVolatile(this) & RX_CLOSED) != 0;
  }

  private void wakeRx() {
    // volatile read first, so the common case (receiver busy) costs no RMW
    if ((int) PARKED.getVolatile(this) != 0 && (int) PARKED.getAndSet(this, 0) != 0) {
      rxWaker.wake();
    }
  }

  // ---------------------------------------------------------------- receiver

  /** No message can come any more: no senders or receiver closed, and nothing in flight. */
  private static boolean terminal(long s) {
    return ((s >>> 32) == 0 || (s & RX_CLOSED) != 0) && (s & IN_FLIGHT_MASK) == 0;
  }

  final void closeRx() {
    // RMW: from here no push is admitted (beginPush's CAS sees the bit)
    STATE.getAndBitwiseOr(this, RX_CLOSED);
    onRxClose();
  }

  /** Whether no message can be received any more (closed, and everything received). */
  final boolean isTerminated() {
    return terminal((long) STATE.getVolatile(this)) && !hasPublished();
  }

  final T tryRecv() {
    while (true) {
      if (hasPublished()) {
        return takeOne();
      }
      // read the state after finding nothing, then look again: a send that finished before
      // the read is visible (endPush's RMW came after its store)
      long s = (long) STATE.getVolatile(this);
      if (terminal(s)) {
        if (hasPublished()) {
          return takeOne();
        }
        throw new ClosedException("the channel is closed and empty");
      }
      boolean open = (s & RX_CLOSED) == 0 && (s >>> 32) != 0;
      if (open && !claimedAhead()) {
        return null;
      }
      // Either a sender has claimed the next place but not filled it yet (a later send may
      // already have finished, so "empty" would be wrong), or the channel is closed with sends
      // still in flight (they were admitted before the close, so they come first). Both take
      // the sender a few instructions: wait for them, as JCTools' poll does.
      Thread.onSpinWait();
    }
  }

  private T takeOne() {
    T v = take();
    afterTake();
    return v;
  }

  final Poll<T> pollRecv(Context cx) {
    if (rxDone) {
      throw new IllegalStateException(
          "the recv future was polled after it finished; call recv() again for the next message");
    }
    while (true) {
      if (hasPublished()) {
        if (!Coop.proceed(cx)) {
          return Poll.pending();
        }
        rxDone = true;
        return Poll.ready(takeOne());
      }
      if (terminal((long) STATE.getVolatile(this)) && !hasPublished()) {
        if (!Coop.proceed(cx)) {
          return Poll.pending();
        }
        rxDone = true;
        return Poll.ready();
      }
      Waker w = cx.waker();
      Waker stored = rxWaker;
      if (stored == null || !w.willWake(stored)) {
        rxWaker = w;
      }
      // volatile store, then re-check: a sender stores, RMWs the state, then reads rxParked, so
      // one of the two sides sees the other
      PARKED.setVolatile(this, 1);
      // the storage reads below are acquire loads, which the JMM lets float above a volatile
      // store: the fence keeps them after it (free on x86, where the store already fenced)
      VarHandle.fullFence();
      if (!hasPublished() && !terminal((long) STATE.getVolatile(this))) {
        return Poll.pending();
      }
      // volatile store: no wake wanted now; a sender that cleared it first only wakes us spuriously
      PARKED.setVolatile(this, 0);
    }
  }

  /** Arms the reusable recv future for the next message. */
  final void rearmRecv() {
    rxDone = false;
  }
}
