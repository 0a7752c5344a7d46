package dev.patina.runtime.io;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Waker;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One channel's place in a {@link Reactor}: its readiness and the wakers of the tasks waiting on it
 * (Tokio's {@code ScheduledIo}).
 *
 * <p>Readiness is one word: a bit per {@link Interest}, a closed bit, and a tick the reactor
 * advances every time it reports an event. {@link #pollReady} returns that word as an <em>event</em>
 * (or {@link #NOT_READY}); {@link #clearReadiness} clears the direction only if the tick is still
 * the event's, so readiness the reactor reported after the event was read is never thrown away.
 *
 * <p>Each direction holds one waker: one task may wait to read while another waits to write, as
 * with a socket split in two halves. Two tasks waiting on the same direction of one registration
 * is not supported (the second waker replaces the first).
 */
public final class Registration {

  /** What {@link #pollReady} returns when the direction is not ready and the waker is stored. */
  public static final long NOT_READY = -1L;

  private static final long CLOSED = 4;
  // per direction (Interest bit << UNWATCHED_SHIFT): the selector is not watching it, so clearing
  // its readiness must ask the reactor to watch it again
  private static final int UNWATCHED_SHIFT = 4;
  private static final long BITS = 0xff;
  private static final int TICK_SHIFT = 8;

  /** Pending-operation bit: stop watching the channel (besides the {@link Interest} bits). */
  static final int DEREGISTER = 8;

  private static final VarHandle STATE;
  private static final VarHandle READ_WAKER;
  private static final VarHandle WRITE_WAKER;
  private static final VarHandle PENDING_OPS;
  private static final VarHandle QUEUED;

  static {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    try {
      STATE = lookup.findVarHandle(Registration.class, "state", long.class);
      READ_WAKER = lookup.findVarHandle(Registration.class, "readWaker", Waker.class);
      WRITE_WAKER = lookup.findVarHandle(Registration.class, "writeWaker", Waker.class);
      PENDING_OPS = lookup.findVarHandle(Registration.class, "pendingOps", int.class);
      QUEUED = lookup.findVarHandle(Registration.class, "queued", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Reactor reactor;
  private final SelectableChannel channel;

  // (tick << TICK_SHIFT) | UNWATCHED bits | CLOSED? | WRITABLE? | READABLE?; written by CAS from
  // the reactor thread (events) and the tasks (clearing), read by both
  private volatile long state;
  private volatile Waker readWaker;
  private volatile Waker writeWaker;
  private volatile String closedReason;

  // the interest-change queue: Interest bits and DEREGISTER asked for since the reactor last
  // looked, and whether this registration is on the reactor's pending stack (see Reactor#request)
  private volatile int pendingOps;

  private volatile boolean queued;

  // the next registration on the reactor's pending stack; published by the stack's CAS
  Registration nextPending;

  // the selector's key; only the reactor thread touches it
  SelectionKey key;

  Registration(Reactor reactor, SelectableChannel channel) {
    this.reactor = reactor;
    this.channel = channel;
    // optimistic: a new channel is tried before anything is watched, and the first "would block"
    // clears the direction and asks the reactor to watch it
    int both = Interest.READABLE.bit | Interest.WRITABLE.bit;
    this.state = both | (long) both << UNWATCHED_SHIFT;
  }

  /** The channel this registration watches. */
  public SelectableChannel channel() {
    return channel;
  }

  /** The reactor this registration belongs to. */
  public Reactor reactor() {
    return reactor;
  }

  /**
   * Whether {@code interest} is ready. Returns the readiness event to act on (a value {@code >=
   * 0}, to hand to {@link #clearReadiness} if the system call would block), or {@link #NOT_READY}
   * after storing the waker of {@code cx}, which the reactor wakes when the direction becomes
   * ready. A closed registration is always "ready": the system call then reports what happened.
   */
  public long pollReady(Interest interest, Context cx) {
    long mask = interest.bit | CLOSED;
    long s = state;
    if ((s & mask) != 0) {
      return s;
    }
    Waker waker = cx.waker();
    VarHandle slot = interest == Interest.READABLE ? READ_WAKER : WRITE_WAKER;
    Waker current = (Waker) slot.getVolatile(this);
    if (current == null || !current.willWake(waker)) {
      slot.setVolatile(this, waker);
    }
    // the reactor sets readiness and then takes the waker; this stores the waker and then reads
    // readiness: one of the two sees the other's write, so no wake is lost
    s = state;
    return (s & mask) != 0 ? s : NOT_READY;
  }

  /**
   * Clears {@code interest} after the system call for {@code event} would block, and asks the
   * reactor to watch the direction again if it stopped watching it. Nothing is cleared if the reactor reported an event after
   * {@code event} (the caller then simply tries again). Returns false if the registration is
   * closed: no readiness will ever come, and the caller must fail with {@link #closedException()}.
   */
  public boolean clearReadiness(Interest interest, long event) {
    if (event < 0) {
      throw new IllegalArgumentException("not a readiness event: " + event);
    }
    while (true) {
      long s = state;
      if ((s & CLOSED) != 0) {
        return false;
      }
      if ((s >>> TICK_SHIFT) != (event >>> TICK_SHIFT) || (s & interest.bit) == 0) {
        return true;
      }
      long unwatched = (long) interest.bit << UNWATCHED_SHIFT;
      if (STATE.compareAndSet(this, s, s & ~(interest.bit | unwatched))) {
        if ((s & unwatched) != 0) {
          reactor.request(this, interest.bit);
        }
        return true;
      }
    }
  }

  /** Whether this registration is closed (deregistered, its channel closed, or the reactor shut). */
  public boolean isClosed() {
    return (state & CLOSED) != 0;
  }

  /** The exception a resource fails with when it would block on a closed registration. */
  public IOException closedException() {
    String reason = closedReason;
    return new IOException(reason == null ? "the registration is closed" : reason);
  }

  /**
   * Stops watching the channel: the reactor cancels its key, wakes the waiting tasks (their system
   * calls then report the closed channel) and lets the JDK release the descriptor of a closed
   * channel. Call it after closing the channel; calling it twice is harmless.
   */
  public void deregister() {
    reactor.request(this, DEREGISTER);
  }

  // --- the reactor's side ---------------------------------------------------------------------

  /**
   * Reactor thread: the selector reported {@code bits}; sets them, advances the tick and wakes.
   * Returns the directions the reactor must stop watching: those that were still ready (the task
   * has not yet found out that it would block, so the level-triggered selector would report them
   * again on every select) and those in {@code oneShot} (a finished connect).
   */
  int dispatch(int bits, int oneShot) {
    while (true) {
      long s = state;
      int stop = (int) (s & bits) | oneShot;
      long next = ((s >>> TICK_SHIFT) + 1) << TICK_SHIFT | (s & BITS) | bits
          | (long) stop << UNWATCHED_SHIFT;
      if (STATE.compareAndSet(this, s, next)) {
        wake(bits);
        return stop;
      }
    }
  }

  /** Any thread: no more events will come; wakes both directions so their futures find out. */
  void markClosed(String reason) {
    if (closedReason == null) {
      closedReason = reason;
    }
    while (true) {
      long s = state;
      if (STATE.compareAndSet(this, s, s | CLOSED)) {
        break;
      }
    }
    wake(Interest.READABLE.bit | Interest.WRITABLE.bit);
  }

  private void wake(int bits) {
    if ((bits & Interest.READABLE.bit) != 0) {
      Waker w = (Waker) READ_WAKER.getAndSet(this, (Waker) null);
      if (w != null) {
        w.wake();
      }
    }
    if ((bits & Interest.WRITABLE.bit) != 0) {
      Waker w = (Waker) WRITE_WAKER.getAndSet(this, (Waker) null);
      if (w != null) {
        w.wake();
      }
    }
  }

  /** Adds {@code ops}; returns true if the caller must push this registration on the stack. */
  boolean addPending(int ops) {
    PENDING_OPS.getAndBitwiseOr(this, ops);
    return QUEUED.compareAndSet(this, false, true);
  }

  /** Reactor thread: takes this registration off the stack and returns the ops asked for. */
  int takePending() {
    QUEUED.setVolatile(this, false);
    return (int) PENDING_OPS.getAndSet(this, 0);
  }

  /** The selector's interest ops for {@code bits} on this channel. */
  int nioOps(int bits) {
    int ops = 0;
    int valid = channel.validOps();
    if ((bits & Interest.READABLE.bit) != 0) {
      ops |= (valid & SelectionKey.OP_ACCEPT) != 0 ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
    }
    if ((bits & Interest.WRITABLE.bit) != 0) {
      boolean connecting = channel instanceof SocketChannel sc && sc.isConnectionPending();
      ops |= connecting ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
    }
    return ops;
  }

  /** The selector's interest ops to remove to stop watching the directions {@code bits}. */
  static int nioOpsToStop(int bits) {
    int ops = 0;
    if ((bits & Interest.READABLE.bit) != 0) {
      ops |= SelectionKey.OP_READ | SelectionKey.OP_ACCEPT;
    }
    if ((bits & Interest.WRITABLE.bit) != 0) {
      ops |= SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT;
    }
    return ops;
  }

  /** The {@link Interest} bits of the selector's ready ops {@code nioOps}. */
  static int interestBits(int nioOps) {
    int bits = 0;
    if ((nioOps & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
      bits |= Interest.READABLE.bit;
    }
    if ((nioOps & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
      bits |= Interest.WRITABLE.bit;
    }
    return bits;
  }
}
