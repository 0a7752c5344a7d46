package dev.patina.runtime.executor;

/** The executor of the running thread, behind {@link Executor#current()}. */
final class CurrentExecutor {

  private static final ThreadLocal<Executor> CURRENT = new ThreadLocal<>();

  private CurrentExecutor() {}

  static Executor get() {
    return CURRENT.get();
  }

  /** Makes {@code e} current and returns the executor that was, for {@link #exit}. */
  static Executor enter(Executor e) {
    Executor previous = CURRENT.get();
    CURRENT.set(e);
    return previous;
  }

  static void exit(Executor previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
