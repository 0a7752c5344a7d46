/**
 * Futures: values that are not there yet, computed by polling.
 *
 * <p>This is the contract every other part of the runtime builds on (spec: {@code async.md}, "The
 * runtime's contract"):
 *
 * <ul>
 *   <li>A {@link dev.patina.runtime.future.Future} is polled with a {@link
 *       dev.patina.runtime.future.Context} that carries a {@link dev.patina.runtime.future.Waker}.
 *       A poll returns a {@link dev.patina.runtime.future.Poll}: ready with a value, failed with an
 *       exception, or pending.
 *   <li>A future that returns pending has arranged for the waker of that poll to be woken when it
 *       can make progress; polling it again before then is allowed and harmless.
 *   <li>A future is lazy: nothing runs until the first poll.
 *   <li>Once a future has returned ready or failed it must not be polled again; doing so is a bug
 *       in the caller, and futures may throw {@link java.lang.IllegalStateException}.
 *   <li>Polling in steady state allocates nothing: {@link dev.patina.runtime.future.Poll#pending()}
 *       is one shared instance, and an executor hands the same {@code Context} to every poll of a
 *       task.
 * </ul>
 *
 * <p>A future that holds something (a permit, a buffer) implements {@link
 * dev.patina.runtime.future.Cancellable}: whoever drops it unfinished — a cancelled task, the losing
 * side of a select — calls its {@code cancel} hook once, and never polls it again.
 *
 * <p>{@link dev.patina.runtime.future.Join} waits for several futures and {@link
 * dev.patina.runtime.future.Select} races them, inside one task: hand-written state machines that
 * poll only the children woken since their last poll and allocate nothing per poll.
 *
 * <p>{@link dev.patina.runtime.future.Futures#blockOn} drives one future on the calling thread; it
 * is what {@code main} methods and tests use. Executors that run many tasks live in {@code
 * dev.patina.runtime.executor}.
 */
package dev.patina.runtime.future;
