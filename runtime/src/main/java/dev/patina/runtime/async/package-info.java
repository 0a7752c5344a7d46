/**
 * What {@code @Async} methods are compiled to: the body-facing calls {@link
 * dev.patina.runtime.async.Await#await await} and {@link dev.patina.runtime.async.Await#completed
 * completed}, and {@link dev.patina.runtime.async.AsyncStateMachine}, the base class of every state
 * machine the rewriter generates.
 *
 * <p>The rewriter (in {@code patina-processors}) turns an {@code @Async} method into two pieces: the
 * method itself, which now only allocates the method's state machine and stores its arguments in
 * it, and a static body method that the machine calls each time it is polled. The body method is
 * the original code with a dispatch in front: it jumps to the {@code await} the machine last
 * suspended at, after loading back the locals and operand stack that were live there. Each {@code
 * await} becomes a poll of the awaited future; when the future is pending the body stores what is
 * live into the machine's fields and returns. A call therefore allocates the machine and nothing
 * else: awaiting, suspending and resuming allocate nothing, and an {@code @Async} method that awaits
 * another one polls the inner machine directly, without a {@code Poll} object in between.
 *
 * <p>The contract between the generated code and this package is the public, final API of {@code
 * AsyncStateMachine} marked "for generated code"; user code never calls it. See {@code
 * docs/processors/async.md}.
 */
package dev.patina.runtime.async;
