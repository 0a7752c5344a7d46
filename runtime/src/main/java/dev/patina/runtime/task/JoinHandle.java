package dev.patina.runtime.task;

import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Future;

/**
 * The handle of a spawned task: a {@link Future} of the task's value, and the way to cancel it.
 *
 * <p>Await it (poll it, or {@code Executor.blockOn} it) to get the task's value; a task that failed
 * makes the handle fail with the same exception, and a cancelled task makes it fail with a {@link
 * CancelledException}. Any number of polls from any threads are allowed; the waker of the latest
 * poll is woken when the task completes.
 *
 * <p>A handle should be awaited, {@linkplain #detach() detached} or {@linkplain #cancel()
 * cancelled}: the async checks (issue 7, A0001) flag a handle that is dropped, like Rust's {@code
 * #[must_use]} on {@code JoinHandle}. Dropping it does not cancel the task — the task runs on, as a
 * detached one.
 *
 * @param <T> the type of the task's value
 */
public sealed interface JoinHandle<T> extends Future<T> permits Task {

  /**
   * Asks for the task to be cancelled at its next scheduling point: a task waiting for a wake is
   * scheduled, and instead of being polled its future is dropped (released through {@link
   * dev.patina.runtime.future.Cancellable}); a task being polled is dropped as soon as that poll
   * returns pending. A poll that finishes first wins. Returns true when this call made the
   * request, false when the task had already completed or was already being cancelled.
   */
  boolean cancel();

  /**
   * Says nobody will await the task: it runs to completion on its own, and a failure (other than
   * cancellation) is reported to the executor's handler of unhandled failures instead.
   */
  void detach();

  /** Whether the task has completed (with a value, a failure or a cancellation). */
  boolean isDone();

  /** Whether the task completed by being cancelled. */
  boolean isCancelled();

  /** The task's number, for messages; unique in this JVM. */
  long id();
}
