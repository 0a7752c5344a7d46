package dev.patina.runtime.executor;

/**
 * What {@link Executor#shutdown()} did to the work that was still there.
 *
 * @param cancelledQueued tasks cancelled while they sat in a run queue, woken but not yet polled
 * @param cancelledIdle tasks cancelled while they waited for a wake
 * @param cancelledRunning tasks that were being polled when shutdown looked (the task that called
 *     shutdown, say): flagged, they are dropped when that poll returns pending, and keep their
 *     result if it finishes
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
