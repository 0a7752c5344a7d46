package dev.patina.runtime.time;

import dev.patina.units.Unit;
import java.time.Duration;
import java.util.Objects;

/**
 * A clock that moves only when told to, for tests: {@code clock.advance(Duration.ofMillis(64))}
 * then {@code timer.fireExpired()} fires exactly the timers whose deadlines have passed, however
 * busy the machine is. Tokio's {@code time::pause} and {@code time::advance} play the same role.
 *
 * <p>Reads and moves may come from any thread.
 */
public final class ManualClock implements Clock {

  // volatile: a test thread moves the clock while timer futures read it on other threads
  private volatile @Unit("ns") long now;

  /** A clock that reads {@code start} until it is moved. */
  public ManualClock(@Unit("ns") long start) {
    this.now = start;
  }

  /** A clock that reads 0 until it is moved. */
  public ManualClock() {
    this(0);
  }

  @Override
  public @Unit("ns") long nanoTime() {
    return now;
  }

  /**
   * Moves the clock forward by {@code by}.
   *
   * @throws IllegalArgumentException if {@code by} is negative: the clock is monotonic
   */
  public void advance(Duration by) {
    Objects.requireNonNull(by, "by");
    advanceNanos(Durations.nanos(by));
  }

  /**
   * Moves the clock forward by {@code nanos} nanoseconds.
   *
   * @throws IllegalArgumentException if {@code nanos} is negative: the clock is monotonic
   */
  public synchronized void advanceNanos(@Unit("ns") long nanos) {
    if (nanos < 0) {
      throw new IllegalArgumentException("cannot move a monotonic clock back (by " + nanos + " ns)");
    }
    now = Durations.saturatedAdd(now, nanos);
  }

  /** Moves the clock forward by {@code millis} milliseconds. */
  public void advanceMillis(@Unit("ms") long millis) {
    advanceNanos(Durations.nanos(millis));
  }
}
