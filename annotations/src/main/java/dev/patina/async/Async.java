package dev.patina.async;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This method is an async function, Rust's {@code async fn}: Patina's rewriter compiles its body
 * into a state machine, so that calling the method runs nothing and returns the machine as a
 * {@code Future}, and each {@code await(future)} in the body suspends the machine until the future
 * is ready instead of blocking a thread.
 *
 * <pre>{@code
 * @Async
 * Future<Integer> sum(Receiver<Integer> rx) {
 *   int a = await(rx.recv());          // suspends until the value is there
 *   int b = await(rx.recv());
 *   return completed(a + b);
 * }
 * }</pre>
 *
 * <p>The method must return the runtime's {@code dev.patina.runtime.future.Future}; {@code await}
 * and {@code completed} are the static methods of {@code dev.patina.runtime.async.Await}. The body
 * may not use {@code synchronized}, nor {@code await} inside a lambda. The rewriter runs inside
 * javac when {@code dev.patina:patina-processors} is on the annotation processor path; without it,
 * {@code await} throws an exception that says so. See {@code docs/processors/async.md}.
 *
 * <p>Kept in class files ({@link RetentionPolicy#CLASS}): the rewriter and {@code patina expand}
 * find async methods in compiled code by it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Async {}
