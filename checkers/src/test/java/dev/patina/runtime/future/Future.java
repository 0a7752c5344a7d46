package dev.patina.runtime.future;

/**
 * Stands in for the runtime's {@code Future} in the checkers' tests, with its qualified name: the
 * checkers module cannot depend on the runtime (the runtime is compiled with these checkers), and
 * the checks match names, not classes. The async checks (A0001) look for this type; the ownership
 * checker looks only at {@code @Async} methods and {@code Await.await} calls. {@code poll} keeps the
 * runtime's shape with plain types, so a test can write a future of its own; nothing here runs.
 */
public interface Future<T> {

  /** The runtime's returns a {@code Poll<T>} for a {@code Context}: the tests only compile. */
  Object poll(Object cx);
}
