/**
 * A0001–A0003, the compile-time checks that go with {@link dev.patina.async.Async @Async} methods:
 * Error Prone checks against a future made and dropped ({@link DroppedFuture}), a call that blocks
 * the executor's thread inside an {@code @Async} method ({@link BlockingCallInAsync}), and {@code
 * await} where no state machine can suspend ({@link AwaitOutsideAsync}). They match the runtime's
 * types by name, so this module needs no dependency on the runtime. See {@code
 * docs/checkers/async.md}.
 */
package dev.patina.checkers.async;
