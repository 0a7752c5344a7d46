package dev.patina.runtime.executor;

import dev.patina.runtime.future.Future;
import dev.patina.runtime.task.JoinHandle;
import java.util.function.Supplier;

/**
 * Stands in for the runtime's {@code Executor} in the checkers' tests (see {@link Future}): A0001
 * finds the handles its {@code spawn} methods return, and A0002 reports {@code blockOn} inside an
 * {@code @Async} method by this name.
 */
public interface Executor {

  /** Runs {@code future} as a task. */
  <T> JoinHandle<T> spawn(Future<T> future);

  /** Runs {@code work} on a thread that may block. */
  <T> JoinHandle<T> spawnBlocking(Supplier<T> work);

  /** Runs {@code future} on this thread until it completes. */
  <T> T blockOn(Future<T> future);

  /** The executor running the calling task. */
  static Executor current() {
    throw new UnsupportedOperationException("a stand-in for the checkers' tests: compiled, never run");
  }
}
