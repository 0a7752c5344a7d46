package dev.patina.runtime.time;

import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;
import dev.patina.runtime.task.Coop;
import dev.patina.units.Unit;

/**
 * A future that finishes (with {@code null}) once its timer's clock reaches its deadline: Tokio's
 * {@code Sleep}. Make one with {@link Time#sleep}, {@link Timer#sleep} or {@link
 * Timer#sleepUntil}; the sleep is its own timer entry, so making one allocates one object, and
 * polling allocates nothing.
 *
 * <p>The first poll registers the sleep with its timer (unless the deadline has passed, when it
 * finishes at once). Later polls only check whether it fired; they replace the registered waker
 * only when {@link Waker#willWake} says the new one is different, as a task that moves to another
 * executor would need. {@link #close()} cancels it: the timer forgets it in O(1), and a later poll
 * fails with {@link CancelledException}. {@link #reset} moves the deadline, keeping the same
 * object, which is what {@link Interval} does on every tick.
 *
 * <p>A sleep that finishes consults {@link Coop#proceed}, so a task that loops over sleeps that are
 * always ready still yields to the others once its budget is spent.
 *
 * <p>Poll, reset and close a sleep from one task at a time (the usual rule for a future); the
 * timer's thread fires it concurrently, which is safe.
 */
public final class Sleep extends TimerEntry implements Future<Void>, AutoCloseable {

  private static final int IDLE = 0;
  private static final int REGISTERED = 1;
  private static final int FIRED = 2;
  private static final int CANCELLED = 3;
  private static final int SHUT_DOWN = 4;

  private final Timer timer;
  private @Unit("ns") long deadline;

  /** Written under the timer's lock when registered and fired; read lock-free by polls. */
  private volatile int state = IDLE;

  /** The waker the timer wakes; guarded by the timer's lock. */
  private Waker waker;

  /** The waker this sleep's owner last registered; touched only by polls, so read without a lock. */
  private Waker registered;

  Sleep(Timer timer, @Unit("ns") long deadline) {
    this.timer = timer;
    this.deadline = deadline;
  }

  /** The clock reading at which this sleep finishes. */
  public @Unit("ns") long deadline() {
    return deadline;
  }

  /** Whether this sleep has fired (or found its deadline passed) and not been reset since. */
  public boolean isElapsed() {
    return state == FIRED;
  }

  /** The timer this sleep belongs to. */
  public Timer timer() {
    return timer;
  }

  @Override
  public Poll<Void> poll(Context cx) {
    return poll(cx, true);
  }

  /** A poll that consumes cooperative budget only when {@code budgeted} (Timeout needs both). */
  Poll<Void> poll(Context cx, boolean budgeted) {
    return switch (state) {
      case FIRED -> finish(cx, budgeted);
      case REGISTERED -> pollRegistered(cx, budgeted);
      case IDLE -> pollFirst(cx, budgeted);
      default -> afterEnd();
    };
  }

  private Poll<Void> pollRegistered(Context cx, boolean budgeted) {
    Waker w = cx.waker();
    if (registered.willWake(w)) {
      return Poll.pending(); // the steady state: one volatile read, one comparison
    }
    if (timer.rewake(this, w)) {
      registered = w;
      return Poll.pending();
    }
    return state == FIRED ? finish(cx, budgeted) : afterEnd();
  }

  private Poll<Void> pollFirst(Context cx, boolean budgeted) {
    if (timer.clock().nanoTime() >= deadline) {
      state = FIRED;
      return finish(cx, budgeted);
    }
    Waker w = cx.waker();
    if (timer.register(this, deadline, w)) {
      registered = w;
      return Poll.pending();
    }
    return state == FIRED ? finish(cx, budgeted) : afterEnd();
  }

  private Poll<Void> finish(Context cx, boolean budgeted) {
    if (budgeted && !Coop.proceed(cx)) {
      return Poll.pending(); // proceed woke the task; the sleep stays fired for the next poll
    }
    return Poll.ready();
  }

  private Poll<Void> afterEnd() {
    return state == CANCELLED
        ? Poll.failed(new CancelledException("the sleep until " + deadline + " ns"))
        : Poll.failed(new IllegalStateException(timer + " is closed, so the sleep cannot fire"));
  }

  /**
   * Moves the deadline to {@code newDeadline} (a clock reading of the timer's clock), whether the
   * sleep is pending, fired or cancelled: it becomes pending again. A registered sleep is moved in
   * the timer at once and keeps its waker, so the task waiting on it is woken at the new deadline
   * without polling first.
   */
  public void reset(@Unit("ns") long newDeadline) {
    if (state == SHUT_DOWN) {
      deadline = newDeadline;
      return;
    }
    Waker previous = state == REGISTERED ? timer.cancel(this) : null;
    deadline = newDeadline;
    state = IDLE;
    registered = null;
    if (previous != null && !timer.register(this, newDeadline, previous)) {
      previous.wake(); // due at once (or the timer closed): let the task see it
    } else if (previous != null) {
      registered = previous;
    }
  }

  /**
   * Cancels the sleep: the timer unschedules it and drops its waker, and a later poll fails with
   * {@link CancelledException}. Closing twice, or after the sleep fired, is harmless.
   */
  @Override
  public void close() {
    if (state == REGISTERED) {
      timer.cancel(this);
    }
    if (state != SHUT_DOWN) {
      state = CANCELLED;
    }
    registered = null;
  }

  // --- called by the timer, under its lock ---

  /** Registered with {@code w}. */
  void arm(Waker w) {
    waker = w;
    state = REGISTERED;
  }

  /** Unscheduled by a cancel or reset; returns the waker it held. */
  Waker disarm() {
    return release(IDLE);
  }

  /** Its deadline's tick had been reached when it tried to register. */
  void markFired() {
    state = FIRED;
  }

  /** Fired by the wheel; returns the waker to wake once the lock is released. */
  Waker fire() {
    return release(FIRED);
  }

  /** Failed by the timer's close; returns the waker to wake (null if it was not registered). */
  Waker shutDown() {
    return release(SHUT_DOWN);
  }

  /** Drops the registered waker, which it returns, and moves to {@code next}. */
  private Waker release(int next) {
    Waker w = waker;
    waker = null;
    state = next;
    return w;
  }

  @Override
  public String toString() {
    return "Sleep[until " + deadline + " ns, " + switch (state) {
      case IDLE -> "not registered";
      case REGISTERED -> "registered";
      case FIRED -> "elapsed";
      case CANCELLED -> "cancelled";
      default -> "timer closed";
    } + "]";
  }
}
