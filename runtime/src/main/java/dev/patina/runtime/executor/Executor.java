package dev.patina.runtime.executor;

import dev.patina.ownership.Send;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.task.JoinHandle;
import java.util.function.Supplier;

/**
 * Runs tasks: futures that were handed over with {@link #spawn} and are polled whenever they are
 * woken, until they complete or are cancelled.
 *
 * <p>Two implementations: {@link CurrentThreadExecutor}, which runs every task on the thread that
 * calls {@link #blockOn} (Tokio's current-thread runtime), and {@link WorkStealingExecutor}, which
 * runs them on a fixed set of worker threads that steal work from each other (Tokio's
 * multi-threaded runtime). Code running inside a task reaches its executor with {@link
 * #current()}, the way {@code tokio::spawn} finds its runtime.
 */
public interface Executor {

  /**
   * Hands {@code future} to this executor as a new task and returns its handle at once; the
   * future is first polled later, on one of the executor's threads. Any thread may spawn.
   *
   * @throws java.util.concurrent.RejectedExecutionException if the executor is shut down
   */
  <T> JoinHandle<T> spawn(@Send Future<T> future);

  /**
   * Runs {@code work}, which may block (file I/O, a JDBC call, a lock), on a thread of the
   * executor's blocking pool, so that it does not stall the threads that poll tasks. The handle
   * completes with the supplier's value or failure; cancelling it before it started skips it, but
   * a supplier that has started runs to its end.
   *
   * @throws java.util.concurrent.RejectedExecutionException if the executor is shut down
   */
  <T> JoinHandle<T> spawnBlocking(@Send Supplier<T> work);

  /**
   * Polls {@code future} on the calling thread until it completes, and returns its value (a failure
   * is rethrown, checked causes wrapped in {@link dev.patina.runtime.future.FutureFailedException}).
   * Meanwhile {@link #current()} is this executor, so the future can spawn onto it.
   */
  <T> T blockOn(Future<T> future);

  /**
   * Stops the executor: no more spawns are accepted, the worker threads stop after the poll they
   * are in, and every task still alive is cancelled (its future dropped through {@link
   * dev.patina.runtime.future.Cancellable}, its handle failed with a {@link
   * dev.patina.runtime.future.CancelledException}). Queued tasks are not drained: shutdown is
   * Tokio's runtime drop, not a graceful drain. Blocking work that has not started is cancelled;
   * work already running is left to finish on its thread. Idempotent: a second call returns an
   * empty report.
   *
   * @return what shutdown cancelled or left behind
   */
  ShutdownReport shutdown();

  /** Whether {@link #shutdown()} has been called. */
  boolean isShutdown();

  /** Tasks spawned and not yet completed (a snapshot; blocking work is not counted). */
  int liveTasks();

  /**
   * The executor whose task (or {@code blockOn}) is running on this thread.
   *
   * @throws IllegalStateException when called outside any executor
   */
  static Executor current() {
    Executor e = CurrentExecutor.get();
    if (e == null) {
      throw new IllegalStateException(
          "no executor on thread " + Thread.currentThread().getName()
              + ": Executor.current() works inside a task or a blockOn; pass the executor explicitly elsewhere");
    }
    return e;
  }
}
