package dev.patina.runtime.time;

import dev.patina.units.Unit;
import java.time.Duration;

/** Conversions between {@link Duration}s, nanoseconds and wheel ticks, saturating instead of overflowing. */
final class Durations {

  /** The scale from milliseconds to nanoseconds, as a unit the checker follows. */
  static final @Unit("ns/ms") long NANOS_PER_MILLI = 1_000_000L;

  /** One millisecond in nanoseconds. */
  static final @Unit("ns") long ONE_MILLI = 1_000_000L;

  private static final Duration MAX_NANOS = Duration.ofNanos(Long.MAX_VALUE);

  private Durations() {}

  /**
   * {@code d} in nanoseconds, {@link Long#MAX_VALUE} when it is longer than that (292 years) and
   * 0 when it is negative: a negative delay has already passed, as in {@code
   * ScheduledThreadPoolExecutor}.
   */
  static @Unit("ns") long nanos(Duration d) {
    if (d.isNegative()) {
      return 0;
    }
    if (d.compareTo(MAX_NANOS) >= 0) {
      return Long.MAX_VALUE;
    }
    return (@Unit("ns") long) d.toNanos();
  }

  /** {@code millis} in nanoseconds, saturating. */
  static @Unit("ns") long nanos(@Unit("ms") long millis) {
    if (millis > Long.MAX_VALUE / 1_000_000L) {
      return Long.MAX_VALUE;
    }
    return millis * NANOS_PER_MILLI;
  }

  /** {@code a + b} for a non-negative {@code b}, {@link Long#MAX_VALUE} instead of overflowing. */
  static @Unit("ns") long saturatedAdd(@Unit("ns") long a, @Unit("ns") long b) {
    @Unit("ns") long sum = a + b;
    return sum < a ? Long.MAX_VALUE : sum;
  }

  /**
   * The non-negative span from {@code from} to {@code to}: 0 when {@code to} is earlier, {@link
   * Long#MAX_VALUE} when the difference overflows (both are readings of one clock, whose origin
   * is arbitrary, so either may be negative).
   */
  static @Unit("ns") long span(@Unit("ns") long from, @Unit("ns") long to) {
    if (to <= from) {
      return 0;
    }
    @Unit("ns") long d = to - from;
    return d < 0 ? Long.MAX_VALUE : d;
  }

  /** The first whole millisecond at or after {@code nanos}: a deadline rounds up, never early. */
  static @Unit("ms") long ceilMillis(@Unit("ns") long nanos) {
    @Unit("ms") long whole = nanos / NANOS_PER_MILLI;
    return whole * NANOS_PER_MILLI == nanos ? whole : whole + 1;
  }

  /** The whole milliseconds in {@code nanos}, rounded down: how many ticks have passed. */
  static @Unit("ms") long floorMillis(@Unit("ns") long nanos) {
    return nanos / NANOS_PER_MILLI;
  }
}
