package dev.patina.runtime.time;

import dev.patina.runtime.future.Future;
import dev.patina.units.Unit;
import java.time.Duration;

/**
 * Timer futures on the {@linkplain Timer#global() global timer}: Tokio's {@code tokio::time}
 * functions. {@code await(Time.sleep(Duration.ofMillis(10)))} waits 10 ms without blocking a
 * thread; {@code await(Time.timeout(Duration.ofSeconds(1), rx.recv()))} fails with {@link
 * ElapsedException} if the value takes longer. To use another timer (a {@link ManualClock} in a
 * test) call the same methods on a {@link Timer}.
 */
public final class Time {

  private Time() {}

  /** A sleep that finishes {@code duration} from now; see {@link Timer#sleep}. */
  public static Sleep sleep(Duration duration) {
    return Timer.global().sleep(duration);
  }

  /** A sleep that finishes when {@link System#nanoTime()} reaches {@code deadline}. */
  public static Sleep sleepUntil(@Unit("ns") long deadline) {
    return Timer.global().sleepUntil(deadline);
  }

  /** {@code future}, failing with {@link ElapsedException} unless it finishes within {@code duration}. */
  public static <T> Timeout<T> timeout(Duration duration, Future<T> future) {
    return Timer.global().timeout(duration, future);
  }

  /** An interval that ticks now and then every {@code period}, catching up in bursts; see {@link Interval}. */
  public static Interval interval(Duration period) {
    return Timer.global().interval(period);
  }

  /** The current reading of the global timer's clock, {@link System#nanoTime()}; starts no timer. */
  public static @Unit("ns") long now() {
    return Clock.system().nanoTime();
  }
}
