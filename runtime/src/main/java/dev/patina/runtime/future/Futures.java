package dev.patina.runtime.future;

import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/** Driving a single future to completion on the calling thread. */
public final class Futures {

  private Futures() {}

  /**
   * Polls {@code future} on this thread until it finishes, parking the thread while it is pending,
   * and returns its value. A failure is rethrown (checked causes wrapped in {@link
   * FutureFailedException}). An interrupt while parked stops the wait with a {@link
   * CancelledException} and leaves the interrupt flag set.
   *
   * <p>This runs no other tasks: it is the smallest executor, for {@code main} methods and tests.
   * The executors in {@code dev.patina.runtime.executor} run many tasks.
   */
  public static <T> T blockOn(Future<T> future) {
    Objects.requireNonNull(future, "future");
    ThreadWaker waker = new ThreadWaker(Thread.currentThread());
    Context cx = new Context(waker);
    while (true) {
      Poll<T> poll = future.poll(cx);
      if (poll.isDone()) {
        return poll.valueOrThrow();
      }
      waker.parkUntilWoken();
    }
  }

  /** Unparks one thread; remembers a wake that came before the park, so none is lost. */
  private static final class ThreadWaker implements Waker {
    private final Thread thread;
    // volatile: a wake on another thread must be seen by the parked thread's next check
    private volatile boolean woken;

    ThreadWaker(Thread thread) {
      this.thread = thread;
    }

    @Override
    public void wake() {
      woken = true;
      LockSupport.unpark(thread);
    }

    void parkUntilWoken() {
      while (!woken) {
        LockSupport.park(this);
        if (Thread.interrupted()) {
          Thread.currentThread().interrupt();
          throw new CancelledException("blockOn on thread " + thread.getName());
        }
      }
      woken = false;
    }
  }
}
