package dev.patina.runtime.future;

/**
 * A handle that tells an executor a task is worth polling again.
 *
 * <p>A future that returns {@link Poll#pending()} keeps the waker of that poll (from {@link
 * Context#waker()}) and calls {@link #wake()} when it can make progress: when a value arrives on a
 * channel, a timer fires, a socket becomes readable. Waking is cheap, may happen on any thread,
 * may happen more than once, and may race with the poll that registered it; an executor polls the
 * task again at least once after any wake. In the executors of this runtime the task object itself
 * is the waker, so waking allocates nothing.
 */
@FunctionalInterface
public interface Waker {

  /** Schedules the task behind this waker to be polled again. Safe to call from any thread. */
  void wake();

  /**
   * Whether waking this waker would wake the same task as {@code other}; a future that already
   * holds a waker uses it to skip replacing it on every poll.
   */
  default boolean willWake(Waker other) {
    return this == other;
  }

  /** A waker that does nothing, for polling a future by hand (in tests, for example). */
  static Waker noop() {
    return NoopWaker.INSTANCE;
  }
}

/** The waker behind {@link Waker#noop()}. */
enum NoopWaker implements Waker {
  INSTANCE;

  @Override
  public void wake() {
    // nothing to schedule: whoever polls by hand polls again when they like
  }
}
