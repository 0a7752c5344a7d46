package dev.patina.runtime.time;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.units.Unit;
import java.util.Objects;

/**
 * Ticks at a fixed period: Tokio's {@code Interval}. {@code await(interval.tick())} finishes at the
 * next tick; the first tick is at the start (at once for {@link Time#interval}), then one every
 * period. When ticks are missed the interval catches up as its {@link MissedTickBehavior} says
 * ({@link MissedTickBehavior#BURST} unless chosen otherwise).
 *
 * <p>One {@link Sleep} serves every tick: after a tick the interval resets it to the next
 * deadline, and {@link #tick()} returns the same future object each time, so ticking allocates
 * nothing. A tick that is ready consults the cooperative budget, so a task looping over a
 * burst of missed ticks yields to the others. {@link #close()} cancels the pending tick.
 */
public final class Interval implements AutoCloseable {

  /** How late a tick may be seen before it counts as missed: 5 ms, Tokio's figure. */
  public static final @Unit("ns") long LATENESS_TOLERANCE_NANOS = 5_000_000L;

  private final Sleep sleep;
  private final @Unit("ns") long period;
  private MissedTickBehavior behavior;
  private @Unit("ns") long lastTick = Long.MIN_VALUE;
  private final Future<Void> tick = this::pollTick;

  Interval(Timer timer, @Unit("ns") long start, @Unit("ns") long period, MissedTickBehavior behavior) {
    if (period <= 0) {
      throw new IllegalArgumentException("the period of an interval must be positive, not " + period + " ns");
    }
    this.sleep = timer.sleepUntil(start);
    this.period = period;
    this.behavior = behavior;
  }

  /**
   * The future of the next tick; it finishes (with {@code null}) when the tick is due. The same
   * object is returned every time: a tick starts waiting for the tick after the last one that
   * finished.
   */
  public Future<Void> tick() {
    return tick;
  }

  /**
   * Polls for the next tick: ready once it is due (then the interval moves on to the tick after
   * it), pending otherwise. This is what {@link #tick()}'s future does.
   */
  public Poll<Void> pollTick(Context cx) {
    Poll<Void> poll = sleep.poll(cx);
    if (!poll.isDone()) {
      return poll;
    }
    @Unit("ns") long due = sleep.deadline();
    @Unit("ns") long now = sleep.timer().clock().nanoTime();
    @Unit("ns") long next = now > Durations.saturatedAdd(due, LATENESS_TOLERANCE_NANOS)
        ? behavior.next(due, now, period)
        : Durations.saturatedAdd(due, period);
    lastTick = due;
    sleep.reset(next);
    return poll;
  }

  /** The deadline of the last tick that finished ({@link Long#MIN_VALUE} before the first). */
  public @Unit("ns") long lastTick() {
    return lastTick;
  }

  /** The deadline of the next tick. */
  public @Unit("ns") long nextTick() {
    return sleep.deadline();
  }

  /** The period between ticks, in nanoseconds. */
  public @Unit("ns") long period() {
    return period;
  }

  /** How this interval catches up on missed ticks. */
  public MissedTickBehavior missedTickBehavior() {
    return behavior;
  }

  /** Changes how this interval catches up on missed ticks, from the next late tick on. */
  public void setMissedTickBehavior(MissedTickBehavior behavior) {
    this.behavior = Objects.requireNonNull(behavior, "behavior");
  }

  /** Moves the next tick to one period from now, as Tokio's {@code Interval::reset}. */
  public void reset() {
    sleep.reset(Durations.saturatedAdd(sleep.timer().clock().nanoTime(), period));
  }

  /** Cancels the pending tick; a later poll of {@link #tick()} fails with a cancellation. */
  @Override
  public void close() {
    sleep.close();
  }
}
