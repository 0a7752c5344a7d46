/**
 * Tasks: a spawned future, the state machine that schedules it, and the handle that awaits or
 * cancels it (Tokio's {@code task} module).
 *
 * <p>A {@link dev.patina.runtime.task.Task} owns its future and is its own waker and context, so a
 * spawn allocates one object and a wake allocates nothing. Its atomic state (idle, scheduled,
 * running, running-and-woken, complete, plus cancel and detached flags) guarantees that a task is
 * in at most one run queue, that a wake during a poll re-schedules it exactly once, and that no
 * wake is lost. The user sees a task as a {@link dev.patina.runtime.task.JoinHandle}: a future of
 * its value that can also cancel or detach it.
 *
 * <p>Cancellation is cooperative and synchronous: at the task's next scheduling point its future
 * is dropped through {@link dev.patina.runtime.future.Cancellable#cancel} (the hook {@code @Async}
 * state machines implement to run their {@code finally} blocks), and the handle fails with a
 * {@link dev.patina.runtime.future.CancelledException}.
 *
 * <p>For executors: {@link dev.patina.runtime.task.Scheduler} is what a task calls when woken or
 * finished, {@link dev.patina.runtime.task.TaskQueue} an intrusive injection queue, {@link
 * dev.patina.runtime.task.OwnedTasks} the set of live tasks that shutdown cancels, and {@link
 * dev.patina.runtime.task.Coop} the per-poll budget. Executors themselves live in {@code
 * dev.patina.runtime.executor}.
 */
package dev.patina.runtime.task;
