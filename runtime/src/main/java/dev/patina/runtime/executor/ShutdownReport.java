package dev.patina.runtime.executor;

/**
 * What {@link Executor#shutdown()} did to the work that was still there.
 *
 * @param cancelledQueued tasks cancelled while they sat in a run queue, woken but not yet polled
 * @param cancelledIdle tasks cancelled while they waited for a wake
 * @param cancelledRunning tasks that were being polled (by a worker that stopped after the poll,
 *     or on another thread inside a {@code blockOn}) and were cancelled when that poll ended
 * @param blockingCancelled blocking work that had not started and never will
 * @param blockingRunning blocking work that was running and was left to finish on its thread
 */
public record ShutdownReport(
    int cancelledQueued, int cancelledIdle, int cancelledRunning, int blockingCancelled, int blockingRunning) {

  /** The report of a shutdown that found nothing. */
  public static final ShutdownReport EMPTY = new ShutdownReport(0, 0, 0, 0, 0);

  /** All tasks (not blocking work) that shutdown cancelled. */
  public int cancelledTasks() {
    return cancelledQueued + cancelledIdle + cancelledRunning;
  }

  @Override
  public String toString() {
    return "cancelled " + cancelledTasks() + " task(s) (" + cancelledQueued + " queued, " + cancelledIdle
        + " idle, " + cancelledRunning + " running), " + blockingCancelled + " blocking job(s) not started, "
        + blockingRunning + " still running";
  }
}
