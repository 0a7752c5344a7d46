package dev.patina.runtime.task;

/** Where a {@link Task} is in its life, as seen by a snapshot of its state. */
public enum TaskState {
  /** Waiting for a wake; in no run queue. */
  IDLE,
  /** In a run queue (or about to be), waiting for a worker. */
  SCHEDULED,
  /** Being polled (possibly already woken again). */
  RUNNING,
  /** Finished: ready, failed or cancelled. It will not run again. */
  COMPLETE
}
