package dev.patina.runtime.future;

/**
 * Stands in for the runtime's {@code Future} in the ownership checker's tests: the checkers do not
 * depend on the runtime (the runtime is compiled with them), and the checker looks at neither this
 * type nor its methods, only at {@code @Async} methods and {@code Await.await} calls.
 */
public interface Future<T> {}
