/**
 * Synchronization for tasks: channels, an async mutex, a semaphore and a notify — Tokio's {@code
 * sync} module, on the {@link dev.patina.runtime.future} contract.
 *
 * <ul>
 *   <li>{@link dev.patina.runtime.sync.Oneshot}: one value from one sender to one receiver.
 *   <li>{@link dev.patina.runtime.sync.Mpsc}: many senders, one receiver; {@code bounded(n)}
 *       (senders wait for a free place) or {@code unbounded()}.
 *   <li>{@link dev.patina.runtime.sync.Mutex}: exclusive access to a value across {@code await}s,
 *       through a {@link dev.patina.runtime.sync.MutexGuard} that the ownership checker makes you
 *       close.
 *   <li>{@link dev.patina.runtime.sync.Semaphore}: counted permits, acquired {@code n} at a time.
 *   <li>{@link dev.patina.runtime.sync.Notify}: a wake-up without data.
 * </ul>
 *
 * <p>What they all guarantee:
 *
 * <ul>
 *   <li><b>Nothing blocks a thread.</b> Waiting is a future that returns pending and is woken;
 *       the only locks are short critical sections around a wait queue.
 *   <li><b>Fairness.</b> Waiters are served first come, first served (FIFO): senders waiting for
 *       space, tasks waiting for a lock or permits, {@code notifyOne}. A {@code try} operation
 *       does not overtake someone who is already waiting.
 *   <li><b>The waker protocol.</b> A waiting future stores its waker once and replaces it only
 *       when {@code !cx.waker().willWake(stored)}; it stores the waker before it checks the
 *       condition again, and the side that changes the condition changes it before it reads the
 *       waker, so a wake-up cannot fall between the two (each such pair is commented in the code).
 *   <li><b>Cancellation safety.</b> Futures that wait in a queue have a {@code cancel()}: a
 *       cancelled waiter unlinks itself, and if it had already been handed what it waited for (a
 *       lock, permits, a {@code notifyOne}) it hands it to the next waiter. Cancelling never loses
 *       a wake-up. {@code recv()} is cancel-safe: a message is taken only by a poll that returns
 *       it.
 *   <li><b>Cooperative budget.</b> An operation that could complete at once asks {@link
 *       dev.patina.runtime.task.Coop#proceed} first, and returns pending when the task's budget is
 *       spent, so a task that always finds its channel ready still yields.
 *   <li><b>Allocation.</b> Polling allocates nothing. Which calls allocate is said per type; a
 *       bounded channel allocates nothing per message.
 * </ul>
 *
 * <p>Polling and cancelling a future are done by the task that owns it, never concurrently;
 * waking, sending, releasing and notifying may come from any thread. The design, the memory
 * orderings and how all this is tested are in {@code docs/runtime/sync.md}.
 */
package dev.patina.runtime.sync;
