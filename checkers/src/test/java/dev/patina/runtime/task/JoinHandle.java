package dev.patina.runtime.task;

import dev.patina.runtime.future.Future;

/**
 * Stands in for the runtime's {@code JoinHandle} in the checkers' tests (see {@link Future}): A0001
 * tells a dropped handle from a dropped future by this name and suggests {@code detach()}.
 */
public interface JoinHandle<T> extends Future<T> {

  /** Asks the task to stop. */
  boolean cancel();

  /** Lets the task run on with no one to join it. */
  void detach();
}
