package dev.patina.runtime.time;

import dev.patina.units.Unit;

/**
 * What an {@link Interval} does when a tick comes late (the task was busy, the machine was
 * suspended): Tokio's {@code MissedTickBehavior}. A tick counts as late when it is seen more than
 * {@link Interval#LATENESS_TOLERANCE_NANOS} after it was due, so the ordinary lateness of a timer
 * (under a millisecond) does not shift a {@link #DELAY} interval.
 */
public enum MissedTickBehavior {

  /**
   * The missed ticks come at once, one per poll, until the interval has caught up; then it ticks on
   * its original schedule. The default, as in Tokio: the number of ticks over a long run is what
   * the period promises.
   */
  BURST {
    @Override
    @Unit("ns") long next(@Unit("ns") long due, @Unit("ns") long now, @Unit("ns") long period) {
      return Durations.saturatedAdd(due, period);
    }
  },

  /** The next tick is one period after the late one was seen: the schedule shifts by the delay. */
  DELAY {
    @Override
    @Unit("ns") long next(@Unit("ns") long due, @Unit("ns") long now, @Unit("ns") long period) {
      return Durations.saturatedAdd(now, period);
    }
  },

  /**
   * The missed ticks are dropped: the next tick is the first one of the original schedule after
   * now.
   */
  SKIP {
    @Override
    @Unit("ns") long next(@Unit("ns") long due, @Unit("ns") long now, @Unit("ns") long period) {
      @Unit("ns") long behind = Durations.span(due, now) % period;
      return Durations.saturatedAdd(now, period - behind);
    }
  };

  /** The deadline of the tick after one that was {@code due} and seen at {@code now}. */
  abstract @Unit("ns") long next(@Unit("ns") long due, @Unit("ns") long now, @Unit("ns") long period);
}
