package dev.patina.runtime.time;

import dev.patina.units.Unit;

/**
 * The failure of a {@link Timeout} whose deadline passed before the future it wraps finished:
 * Tokio's {@code Elapsed}. Unchecked, like every failure a future reports through {@code
 * Poll.Failed}, so that an {@code @Async} method's {@code await} rethrows it as it is.
 */
public final class ElapsedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final @Unit("ns") long deadline;

  /** The deadline {@code deadline} (a reading of the timer's clock) has passed. */
  public ElapsedException(@Unit("ns") long deadline) {
    super("the deadline has elapsed (at " + deadline + " ns on the timer's clock)");
    this.deadline = deadline;
  }

  /** The clock reading the wrapped future had to finish by. */
  public @Unit("ns") long deadline() {
    return deadline;
  }
}
