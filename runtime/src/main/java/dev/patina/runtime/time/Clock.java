package dev.patina.runtime.time;

import dev.patina.units.Unit;

/**
 * A monotonic source of time in nanoseconds, on an arbitrary origin (like {@link
 * System#nanoTime()}): only differences between two readings mean anything.
 *
 * <p>A {@link Timer} reads its clock to know which deadlines have passed. {@link #system()} is the
 * real one; {@link ManualClock} stands still until a test moves it, so timer tests are
 * deterministic.
 */
@FunctionalInterface
public interface Clock {

  /** The current time in nanoseconds; never smaller than an earlier reading of the same clock. */
  @Unit("ns") long nanoTime();

  /** The clock of {@link System#nanoTime()}. */
  static Clock system() {
    return SystemClock.INSTANCE;
  }
}

/** The clock behind {@link Clock#system()}. */
enum SystemClock implements Clock {
  INSTANCE;

  @Override
  public @Unit("ns") long nanoTime() {
    return (@Unit("ns") long) System.nanoTime();
  }
}
