/**
 * Executors: what runs tasks (Tokio's {@code runtime} module).
 *
 * <p>{@link dev.patina.runtime.executor.Executor} is the interface: {@code spawn} a future as a
 * task and get its {@link dev.patina.runtime.task.JoinHandle}, {@code spawnBlocking} for code that
 * blocks, {@code blockOn} to drive a future from ordinary code, {@code shutdown} for a {@link
 * dev.patina.runtime.executor.ShutdownReport}, and {@code Executor.current()} from inside a task.
 *
 * <ul>
 *   <li>{@link dev.patina.runtime.executor.CurrentThreadExecutor}: no threads of its own; the
 *       thread inside {@code blockOn} runs the tasks from a local queue plus an injection queue for
 *       other threads, and parks when there is nothing to do.
 *   <li>{@link dev.patina.runtime.executor.WorkStealingExecutor}: N workers, each with a Chase–Lev
 *       deque ({@link dev.patina.runtime.queue.WorkStealingDeque}) and a LIFO slot, a global
 *       injection queue, random-start stealing, and a searching/sleeping protocol for idle workers
 *       that never loses a wake-up.
 * </ul>
 *
 * <p>Both give each poll the {@link dev.patina.runtime.task.Coop} budget, run blocking work on a
 * pool of threads created on demand (capped, retired when idle), and shut down by cancelling every
 * live task rather than draining the queues. Design notes and measurements: {@code
 * docs/runtime/executor.md}.
 */
package dev.patina.runtime.executor;
