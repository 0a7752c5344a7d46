package dev.patina.runtime.sync;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;
import dev.patina.runtime.task.Coop;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Wakes one waiting task, or all of them, without carrying data: Tokio's {@code Notify}.
 *
 * <ul>
 *   <li>{@link #notifyOne()} wakes the task that has waited longest; if no one waits, it stores
 *       one permit, so the next {@link #notified()} completes at once (several calls store still
 *       one permit). A notification is therefore never lost to a race between "check the
 *       condition" and "start waiting".
 *   <li>{@link #notifyWaiters()} wakes every task waiting now, including every {@link Notified}
 *       made by {@link #notified()} before the call and not yet polled; it stores no permit.
 * </ul>
 *
 * <p>A {@link Notified} that is {@linkplain Notified#cancel() cancelled} after {@code notifyOne}
 * picked it, but before it returned ready, passes the notification on to the next waiter (or
 * stores it as the permit), so cancelling never swallows a wake-up.
 *
 * <p>What allocates: {@link #notified()} makes one {@link Notified}; notifying and polling
 * allocate nothing.
 */
public final class Notify {

  private static final int EMPTY = 0;
  private static final int NOTIFIED = 1;
  private static final int WAITING = 2;
  private static final int MASK = 3;
  private static final int GEN_ONE = 4;

  private static final VarHandle STATE =
      Handles.field(MethodHandles.lookup(), Notify.class, "state", int.class);

  /**
   * EMPTY, NOTIFIED (one stored permit) or WAITING (the queue is not empty) in the low two bits;
   * above them the count of notifyWaiters calls, which futures compare with the count they saw
   * when they were made. Only EMPTY and NOTIFIED change without the lock.
   */
  @SuppressWarnings("unused") // accessed through STATE
  private volatile int state;

  // also the lock for the queue, the WAITING state and the waiters' status
  private final WaitQueue waiters = new WaitQueue();

  /** A notify with no stored permit and no waiters. */
  public Notify() {}

  /** Wakes the longest-waiting task, or stores one permit if no task waits. */
  public void notifyOne() {
    // volatile read; the CAS below is the release edge that publishes what the notifier wrote
    // before notifying to the task that consumes the permit (its CAS is the acquire edge)
    int s = (int) STATE.getVolatile(this);
    while (true) {
      if ((s & MASK) != WAITING) {
        int witness = (int) STATE.compareAndExchange(this, s, (s & ~MASK) | NOTIFIED);
        if (witness == s) {
          return;
        }
        s = witness;
        continue;
      }
      Waker wake = null;
      synchronized (waiters) {
        s = (int) STATE.getVolatile(this);
        if ((s & MASK) == WAITING) {
          wake = notifyFirstLocked(s);
        }
      }
      if (wake != null) {
        wake.wake();
        return;
      }
      // the waiters left (cancelled) before we got the lock: store the permit instead
    }
  }

  /** Under the lock, in state WAITING: hands the notification to the first waiter. */
  private Waker notifyFirstLocked(int s) {
    Notified n = (Notified) waiters.pollFirst();
    if (waiters.isEmptyHint()) {
      // WAITING changes only under the lock, so a plain volatile store cannot clobber a
      // lock-free transition (those start from EMPTY or NOTIFIED)
      STATE.setVolatile(this, (s & ~MASK) | EMPTY);
    }
    // volatile write of status, read by the owner's poll without the lock
    n.status = Notified.NOTIFIED_ONE;
    return n.waker;
  }

  /** Wakes every task waiting now (and every {@link Notified} made before this call). */
  public void notifyWaiters() {
    Notified chain;
    synchronized (waiters) {
      int s = (int) STATE.getVolatile(this);
      while (true) {
        int next = (s & ~MASK) + GEN_ONE | ((s & MASK) == WAITING ? EMPTY : s & MASK);
        // CAS: a lock-free notifyOne may move EMPTY to NOTIFIED meanwhile; the new count must
        // be visible to any future made after this returns (volatile)
        int witness = (int) STATE.compareAndExchange(this, s, next);
        if (witness == s) {
          break;
        }
        s = witness;
      }
      WaitQueue.Waiter w;
      Notified first = null;
      Notified last = null;
      while ((w = waiters.pollFirst()) != null) {
        Notified n = (Notified) w;
        n.status = Notified.NOTIFIED_ALL;
        if (last == null) {
          first = n;
        } else {
          last.wakeNext = n;
        }
        last = n;
      }
      chain = first;
    }
    // wake outside the lock, so a waker never runs under it. Safe without the lock: a Notified
    // is queued once in its life, so once out of the queue nobody writes its waker or wakeNext
    // again, and this thread wrote the chain itself
    for (Notified n = chain; n != null; ) {
      Notified next = n.wakeNext;
      n.wakeNext = null;
      n.waker.wake();
      n = next;
    }
  }

  /**
   * A future that completes when this task is notified: by a stored permit, a {@link
   * #notifyOne()} that picks it, or a {@link #notifyWaiters()} called after this method.
   */
  public Notified notified() {
    // volatile read: a notifyWaiters that returned before this call is counted already
    return new Notified(this, (int) STATE.getVolatile(this) >>> 2);
  }

  /**
   * The future of {@link Notify#notified()}. Poll and cancel it from the task that owns it.
   */
  public static final class Notified extends WaitQueue.Waiter implements Future<Void> {
    static final int INIT = 0;
    static final int WAITING = 1;
    static final int NOTIFIED_ONE = 2;
    static final int NOTIFIED_ALL = 3;
    static final int DONE = 4;
    static final int CANCELLED = 5;

    private final Notify notify;
    private final int generation;
    // volatile: written by notifiers under the lock, read by the owner without it
    volatile int status = INIT;
    // the list of notifyWaiters' wakes, written and read only by that call
    Notified wakeNext;

    Notified(Notify notify, int generation) {
      this.notify = notify;
      this.generation = generation;
    }

    @Override
    public Poll<Void> poll(Context cx) {
      return switch (status) {
        case INIT -> first(cx);
        case WAITING -> waiting(cx);
        case NOTIFIED_ONE, NOTIFIED_ALL -> complete(cx);
        default ->
            throw new IllegalStateException("the notified future was polled after it finished");
      };
    }

    private Poll<Void> first(Context cx) {
      int s = (int) STATE.getVolatile(notify);
      if ((s >>> 2) != generation || (s & MASK) == NOTIFIED) {
        // it would complete at once: let the task's budget decide
        if (!Coop.proceed(cx)) {
          return Poll.pending();
        }
      }
      synchronized (notify.waiters) {
        s = (int) STATE.getVolatile(notify);
        while (true) {
          if ((s >>> 2) != generation) {
            status = DONE;
            return Poll.ready();
          }
          int kind = s & MASK;
          int next = kind == NOTIFIED ? (s & ~MASK) | EMPTY : (s & ~MASK) | Notify.WAITING;
          // CAS: a lock-free notifyOne may store a permit meanwhile; taking the permit is the
          // acquire edge for what the notifier wrote
          int witness = (int) STATE.compareAndExchange(notify, s, next);
          if (witness != s) {
            s = witness;
            continue;
          }
          if (kind == NOTIFIED) {
            status = DONE;
            return Poll.ready();
          }
          register(cx.waker());
          status = WAITING;
          notify.waiters.pushBack(this);
          return Poll.pending();
        }
      }
    }

    private Poll<Void> waiting(Context cx) {
      return stillWaiting(notify.waiters, cx.waker()) ? Poll.pending() : poll(cx);
    }

    private Poll<Void> complete(Context cx) {
      if (!Coop.proceed(cx)) {
        return Poll.pending();
      }
      status = DONE;
      return Poll.ready();
    }

    /**
     * Stops waiting. A {@link Notify#notifyOne()} that had picked this future but that it never
     * returned is passed on to the next waiter, or stored as the permit. Idempotent.
     */
    public void cancel() {
      boolean forward = false;
      synchronized (notify.waiters) {
        switch (status) {
          case WAITING -> {
            notify.waiters.remove(this);
            if (notify.waiters.isEmptyHint()) {
              int s = (int) STATE.getVolatile(notify);
              // still WAITING (only changed under the lock): back to EMPTY
              STATE.setVolatile(notify, (s & ~MASK) | EMPTY);
            }
            status = CANCELLED;
          }
          case NOTIFIED_ONE -> {
            status = CANCELLED;
            forward = true;
          }
          case INIT, NOTIFIED_ALL -> status = CANCELLED;
          default -> {
            // DONE or CANCELLED: nothing held
          }
        }
      }
      if (forward) {
        notify.notifyOne();
      }
    }
  }
}
