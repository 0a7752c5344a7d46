package dev.patina.runtime.async;

import dev.patina.runtime.future.Future;

/**
 * Stands in for the runtime's {@code Await} in the checkers' tests (see {@link Future}), with the
 * same qualified name and signatures: the ownership checker finds the suspension points of an
 * {@code @Async} body by that name, and A0003 finds an {@code await} outside one. Nothing here
 * runs: the tests only compile.
 */
public final class Await {

  private Await() {}

  /** The value of {@code future}; the runtime's suspends the {@code @Async} caller until it is ready. */
  public static <T> T await(Future<T> future) {
    throw new UnsupportedOperationException("a stand-in for the checkers' tests: compiled, never run");
  }

  /** The result of an {@code @Async} method. */
  public static <T> Future<T> completed(T value) {
    return cx -> value;
  }
}
