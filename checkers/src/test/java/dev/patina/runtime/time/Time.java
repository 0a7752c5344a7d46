package dev.patina.runtime.time;

import dev.patina.runtime.future.Future;
import java.time.Duration;

/**
 * Stands in for the runtime's {@code Time} in the checkers' tests (see {@link Future}): A0001 and
 * A0002 name {@code Time.sleep} in their messages, and the tests drop and await its futures.
 */
public final class Time {

  private Time() {}

  /** A future that is ready once {@code duration} has passed. */
  public static Future<Void> sleep(Duration duration) {
    return cx -> null;
  }
}
