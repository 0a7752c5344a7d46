package dev.patina.runtime.sync;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;
import dev.patina.runtime.task.Coop;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * An asynchronous counting semaphore: {@link #acquire(int)} waits, without blocking a thread,
 * until the permits are there. Fair: waiters are served in the order they started waiting, a
 * waiter that needs many permits collects them as they are released and is not overtaken by
 * later, smaller requests, and {@link #tryAcquire(int)} never takes permits while anyone waits.
 *
 * <p>Permits are counted, not owned: {@link #release(int)} adds permits whoever calls it (release
 * what you acquired). {@link #close()} fails every waiter and every later acquire with a {@link
 * ClosedException}. An {@link Acquire} that is {@linkplain Acquire#cancel() cancelled} while
 * waiting gives back the permits it had collected so far, and one cancelled after it was granted
 * gives back all of them: the next waiter gets them, so cancelling never loses a wake-up.
 *
 * <p>What allocates: {@link #acquire(int)} makes one {@link Acquire} (the future is also the
 * queue node); polling, queueing, granting and releasing allocate nothing.
 */
public final class Semaphore {

  /** The most permits a semaphore can hold. */
  public static final int MAX_PERMITS = Integer.MAX_VALUE >>> 1;

  private static final int CLOSED = 1;
  private static final int SHIFT = 1;
  private static final VarHandle STATE =
      Handles.field(MethodHandles.lookup(), Semaphore.class, "state", int.class);

  /** Available permits shifted left by one, and the {@link #CLOSED} bit. */
  @SuppressWarnings("unused") // accessed through STATE
  private volatile int state;

  // also the lock that guards the queue and each waiter's fields
  final WaitQueue waiters = new WaitQueue();

  private final String closedMessage;

  /** A semaphore with {@code permits} available permits. */
  public Semaphore(int permits) {
    this(permits, "the semaphore is closed");
  }

  Semaphore(int permits, String closedMessage) {
    checkPermits(permits, "permits");
    this.state = permits << SHIFT;
    this.closedMessage = closedMessage;
  }

  /** The permits available right now (a snapshot). */
  public int availablePermits() {
    // volatile read: a snapshot; callers must not assume it still holds
    return (int) STATE.getVolatile(this) >>> SHIFT;
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    // volatile read: once seen, closed stays closed
    return ((int) STATE.getVolatile(this) & CLOSED) != 0;
  }

  /** A future that completes once {@code n} permits are acquired, or fails if closed first. */
  public Acquire acquire(int n) {
    checkPermits(n, "n");
    return new Acquire(this, n);
  }

  /**
   * Takes {@code n} permits if they are available and no one waits before this call; never
   * waits.
   *
   * @return whether the permits were taken
   * @throws ClosedException if the semaphore is closed
   */
  public boolean tryAcquire(int n) {
    checkPermits(n, "n");
    if (!waiters.isEmptyHint()) {
      // fairness: earlier waiters are served first; the count is 0 while they wait anyway
      // (except in the instant a release hands permits over), so this only avoids barging
      if (isClosed()) {
        throw new ClosedException(closedMessage);
      }
      return false;
    }
    return takeFast(n);
  }

  private boolean takeFast(int n) {
    while (true) {
      // volatile read of the count, then a CAS: the successful CAS is the acquire edge that
      // makes what the last releaser wrote before release() visible to the new holder
      int s = (int) STATE.getVolatile(this);
      if ((s & CLOSED) != 0) {
        throw new ClosedException(closedMessage);
      }
      if ((s >>> SHIFT) < n) {
        return false;
      }
      if (STATE.compareAndSet(this, s, s - (n << SHIFT))) {
        return true;
      }
    }
  }

  /**
   * Adds {@code n} permits; waiters that now have all they asked for are woken, the first in
   * line first.
   */
  public void release(int n) {
    checkPermits(n, "n");
    if (n == 0) {
      return;
    }
    if (waiters.isEmptyHint()) {
      addPermits(n);
      // Dekker with the waiter's pushBack-then-drain in enqueue(): the CAS in addPermits and
      // this volatile read of head are both sequentially consistent, so either this read sees
      // the new waiter (and hands the permits over below) or the waiter's drain, done after it
      // was linked, sees the permits
      if (waiters.isEmptyHint()) {
        return;
      }
      n = 0;
    }
    Waker wake;
    synchronized (waiters) {
      wake = grantLocked(n, null);
    }
    if (wake != null) {
      wake.wake();
    }
  }

  /** Closes the semaphore: every waiter fails, and so does every later acquire. */
  public void close() {
    // getAndBitwiseOr is a volatile RMW: later acquirers that read the state see the bit
    int before = (int) STATE.getAndBitwiseOr(this, CLOSED);
    if ((before & CLOSED) != 0) {
      return;
    }
    synchronized (waiters) {
      WaitQueue.Waiter w;
      while ((w = waiters.pollFirst()) != null) {
        Acquire a = (Acquire) w;
        int held = a.requested - a.needed;
        if (held > 0) {
          addPermits(held);
        }
        a.status = Acquire.CLOSED_OUT;
        // woken under the lock: once it is released the owner may see CLOSED_OUT, finish, and
        // recycle this Acquire (a channel's send future), so it cannot be walked later, and
        // collecting the wakers would allocate; close is rare
        a.waker.wake();
      }
    }
  }

  private void addPermits(int n) {
    while (true) {
      int s = (int) STATE.getVolatile(this);
      int permits = s >>> SHIFT;
      if (permits > MAX_PERMITS - n) {
        throw new IllegalStateException(
            "releasing " + n + " permits would overflow the semaphore (" + permits + " held)");
      }
      // CAS: a release edge for what the releaser wrote, and the SC half of the Dekker pair
      if (STATE.compareAndSet(this, s, s + (n << SHIFT))) {
        return;
      }
    }
  }

  /** Takes up to {@code max} permits from the count; returns how many it took. */
  private int drainCount(int max) {
    while (true) {
      int s = (int) STATE.getVolatile(this);
      int take = Math.min(s >>> SHIFT, max);
      if (take == 0) {
        return 0;
      }
      // CAS: the acquire edge for a waiter granted from the count
      if (STATE.compareAndSet(this, s, s - (take << SHIFT))) {
        return take;
      }
    }
  }

  /**
   * Hands {@code n} permits (in hand, not in the count), plus any left in the count, to waiters
   * in FIFO order; what is left goes back into the count. Returns the waker of the first waiter
   * granted (other than {@code self}) for the caller to wake after unlocking; further granted
   * waiters are woken here.
   */
  private Waker grantLocked(int n, Acquire self) {
    Waker first = null;
    WaitQueue.Waiter w;
    while ((w = waiters.peek()) != null) {
      Acquire a = (Acquire) w;
      if (n < a.needed) {
        n += drainCount(a.needed - n);
      }
      if (n < a.needed) {
        a.needed -= n;
        n = 0;
        break;
      }
      n -= a.needed;
      a.needed = 0;
      waiters.remove(a);
      // volatile write: the owner's lock-free poll reads status; the permits were taken by CAS
      // before this, so the owner sees them as its own
      a.status = Acquire.GRANTED;
      if (a != self) {
        if (first == null) {
          first = a.waker;
        } else {
          // a second waiter completed by one release(n > 1): woken under the lock, as in close()
          a.waker.wake();
        }
      }
    }
    if (n > 0) {
      addPermits(n);
    }
    return first;
  }

  private static void checkPermits(int n, String what) {
    if (n < 0 || n > MAX_PERMITS) {
      throw new IllegalArgumentException(what + " = " + n + " is not in 0.." + MAX_PERMITS);
    }
  }

  /**
   * The future of {@link Semaphore#acquire(int)}: ready (with {@code null}) once its permits are
   * taken, failed with {@link ClosedException} if the semaphore closes first. The permits then
   * belong to the caller, who gives them back with {@link Semaphore#release(int)}.
   *
   * <p>Poll and cancel it from one task at a time (its owner).
   */
  public static final class Acquire extends WaitQueue.Waiter implements Future<Void> {
    static final int IDLE = 0;
    static final int WAITING = 1;
    static final int GRANTED = 2;
    static final int CLOSED_OUT = 3;
    static final int DONE = 4;
    static final int CANCELLED = 5;

    private final Semaphore sem;
    final int requested;
    // guarded by sem.waiters: permits still missing while queued
    int needed;
    // volatile: written by granters and close() under the lock, read by the owner's poll
    // without it
    volatile int status = IDLE;

    Acquire(Semaphore sem, int n) {
      this.sem = sem;
      this.requested = n;
    }

    @Override
    public Poll<Void> poll(Context cx) {
      switch (status) {
        case IDLE:
          return first(cx);
        case WAITING:
          return waiting(cx);
        case GRANTED:
          return granted(cx);
        case CLOSED_OUT:
          status = DONE;
          return Poll.failed(new ClosedException(sem.closedMessage));
        default:
          throw new IllegalStateException("the acquire future was polled after it finished");
      }
    }

    private Poll<Void> first(Context cx) {
      if (sem.isClosed()) {
        status = DONE;
        return Poll.failed(new ClosedException(sem.closedMessage));
      }
      if (requested == 0 || (sem.waiters.isEmptyHint() && sem.availablePermits() >= requested)) {
        // it would complete at once: let the task's budget decide
        if (!Coop.proceed(cx)) {
          return Poll.pending();
        }
        if (requested == 0 || sem.tryAcquire(requested)) {
          status = DONE;
          return Poll.ready();
        }
      }
      return enqueue(cx);
    }

    private Poll<Void> enqueue(Context cx) {
      Waker wake;
      synchronized (sem.waiters) {
        if (sem.isClosed()) {
          status = DONE;
          return Poll.failed(new ClosedException(sem.closedMessage));
        }
        needed = requested;
        register(cx.waker());
        status = WAITING;
        sem.waiters.pushBack(this);
        // drain after linking: the other half of the Dekker pair in release()
        wake = sem.grantLocked(0, this);
      }
      if (wake != null) {
        wake.wake();
      }
      if (status == GRANTED) {
        status = DONE;
        return Poll.ready();
      }
      return Poll.pending();
    }

    private Poll<Void> waiting(Context cx) {
      return stillWaiting(sem.waiters, cx.waker()) ? Poll.pending() : poll(cx);
    }

    private Poll<Void> granted(Context cx) {
      if (!Coop.proceed(cx)) {
        return Poll.pending();
      }
      status = DONE;
      return Poll.ready();
    }

    /**
     * Stops waiting. Permits this future had collected, or all of them if it was granted but has
     * not returned ready yet, go to the next waiters. A future that already completed is left as
     * it is: its permits belong to the caller. Idempotent.
     */
    public void cancel() {
      Waker wake = null;
      synchronized (sem.waiters) {
        switch (status) {
          case IDLE -> status = CANCELLED;
          case WAITING -> {
            sem.waiters.remove(this);
            status = CANCELLED;
            wake = sem.grantLocked(requested - needed, null);
          }
          case GRANTED -> {
            // we had been handed the permits but never saw them: pass the baton
            status = CANCELLED;
            wake = sem.grantLocked(requested, null);
          }
          case CLOSED_OUT -> status = CANCELLED;
          default -> {
            // DONE or CANCELLED: nothing held on the caller's behalf
          }
        }
      }
      if (wake != null) {
        wake.wake();
      }
    }

    /** Makes a finished future ready to acquire again (for channels that reuse their futures). */
    void reset() {
      int s = status;
      if (s != DONE && s != CANCELLED && s != IDLE) {
        throw new IllegalStateException("reset of an acquire that is still " + s);
      }
      status = IDLE;
    }
  }
}
