package dev.patina.runtime.task;

/**
 * What a {@link Task} needs from the executor that owns it: somewhere to go when it is woken, and
 * someone to tell when it is finished. Implemented by executors, never by user code.
 */
public interface Scheduler {

  /**
   * {@code task} was woken (or spawned, or cancelled while idle) and must be polled: put it in a
   * run queue. Called on any thread, exactly once per move of the task to {@code SCHEDULED}.
   */
  void schedule(Task<?> task);

  /**
   * {@code task} was woken during its own poll (it yielded, or a wake raced with the poll); called
   * on the thread that polled it, right after the poll. Put it at the back of the run queue, so
   * that a task that keeps waking itself cannot starve the others.
   */
  void yieldNow(Task<?> task);

  /** {@code task} completed (ready, failed or cancelled) and will never be scheduled again. */
  void release(Task<?> task);

  /**
   * A failure nobody will see: a detached task failed, or a future's cancel hook threw. The default
   * logs it at {@code WARNING} through {@link System.Logger}, as an uncaught exception handler would.
   */
  default void unhandled(Task<?> task, Throwable failure) {
    System.Logger log = System.getLogger("dev.patina.runtime.task");
    log.log(System.Logger.Level.WARNING, "unhandled failure in " + task, failure);
  }
}
