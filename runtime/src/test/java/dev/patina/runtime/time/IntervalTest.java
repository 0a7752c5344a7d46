package dev.patina.runtime.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.task.Coop;
import dev.patina.units.Unit;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IntervalTest {

  private static final @Unit("ns") long MS = 1_000_000L;

  private final ManualClock clock = new ManualClock();
  private final Timer timer = Timer.manual(clock);
  private final CountingWaker w = new CountingWaker();

  private boolean ticks(Interval interval) {
    return interval.tick().poll(w.cx).isDone();
  }

  @Test
  void theFirstTickIsAtOnceThenOnePerPeriod() {
    Interval interval = timer.interval(Duration.ofMillis(10));
    assertThat(interval.missedTickBehavior()).isEqualTo(MissedTickBehavior.BURST);
    assertThat(ticks(interval)).isTrue();
    assertThat(interval.lastTick()).isZero();
    assertThat(ticks(interval)).isFalse();
    for (int i = 1; i <= 5; i++) {
      clock.advanceMillis(9);
      timer.fireExpired();
      assertThat(ticks(interval)).isFalse();
      clock.advanceMillis(1);
      timer.fireExpired();
      assertThat(w.wakes()).isEqualTo(i);
      assertThat(ticks(interval)).isTrue();
      assertThat(interval.lastTick()).isEqualTo(i * 10 * MS);
      assertThat(interval.nextTick()).isEqualTo((i + 1) * 10 * MS);
    }
  }

  @Test
  void tickReturnsTheSameFutureEveryTime() {
    Interval interval = timer.interval(Duration.ofMillis(10));
    Future<Void> first = interval.tick();
    assertThat(interval.tick()).isSameAs(first);
  }

  @Test
  void inBurstModeMissedTicksComeAtOnceThenTheScheduleHolds() {
    Interval interval = timer.interval(Duration.ofMillis(10));
    ticks(interval);
    clock.advanceMillis(35); // ticks at 10, 20 and 30 were missed
    assertThat(ticks(interval)).isTrue();
    assertThat(interval.lastTick()).isEqualTo(10 * MS);
    assertThat(ticks(interval)).isTrue();
    assertThat(interval.lastTick()).isEqualTo(20 * MS);
    assertThat(ticks(interval)).isTrue();
    assertThat(interval.lastTick()).isEqualTo(30 * MS);
    assertThat(ticks(interval)).isFalse();
    assertThat(interval.nextTick()).isEqualTo(40 * MS);
  }

  @Test
  void inDelayModeALateTickShiftsTheSchedule() {
    Interval interval = timer.intervalAt(0, Duration.ofMillis(10), MissedTickBehavior.DELAY);
    ticks(interval);
    clock.advanceMillis(37);
    assertThat(ticks(interval)).isTrue();
    assertThat(interval.lastTick()).isEqualTo(10 * MS);
    assertThat(interval.nextTick()).isEqualTo(47 * MS);
    assertThat(ticks(interval)).isFalse();
    clock.advanceMillis(10);
    timer.fireExpired();
    assertThat(ticks(interval)).isTrue();
    assertThat(interval.nextTick()).isEqualTo(57 * MS);
  }

  @Test
  void inSkipModeMissedTicksAreDropped() {
    Interval interval = timer.intervalAt(0, Duration.ofMillis(10), MissedTickBehavior.SKIP);
    ticks(interval);
    clock.advanceMillis(37);
    assertThat(ticks(interval)).isTrue();
    assertThat(interval.nextTick()).isEqualTo(40 * MS);
    assertThat(ticks(interval)).isFalse();
  }

  @Test
  void aTickLateByLessThanTheToleranceDoesNotCountAsMissed() {
    Interval interval = timer.intervalAt(0, Duration.ofMillis(10), MissedTickBehavior.DELAY);
    ticks(interval);
    clock.advanceMillis(14); // 4 ms late: within Tokio's 5 ms
    assertThat(ticks(interval)).isTrue();
    assertThat(interval.nextTick()).isEqualTo(20 * MS);
  }

  @Test
  void aBurstOfReadyTicksYieldsWhenTheBudgetIsSpent() {
    Interval interval = timer.interval(Duration.ofMillis(1));
    clock.advanceMillis(100);
    int previous = Coop.beginPoll(3);
    int ready = 0;
    try {
      while (ticks(interval)) {
        ready++;
      }
    } finally {
      Coop.endPoll(previous);
    }
    assertThat(ready).isEqualTo(3);
    assertThat(w.wakes()).as("the task is woken to go on later").isEqualTo(1);
  }

  @Test
  void resetMovesTheNextTickToOnePeriodFromNow() {
    Interval interval = timer.interval(Duration.ofMillis(10));
    ticks(interval);
    clock.advanceMillis(3);
    interval.reset();
    assertThat(interval.nextTick()).isEqualTo(13 * MS);
  }

  @Test
  void closingCancelsThePendingTick() {
    Interval interval = timer.interval(Duration.ofMillis(10));
    ticks(interval);
    ticks(interval);
    assertThat(timer.pending()).isEqualTo(1);
    interval.close();
    assertThat(timer.pending()).isZero();
    assertThat(interval.tick().poll(w.cx)).isInstanceOf(Poll.Failed.class);
  }

  @Test
  void tickingAllocatesNothing() {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    Interval interval = timer.interval(Duration.ofMillis(2));
    assertThat(ticks(interval)).as("the first tick, at once").isTrue();
    for (int i = 0; i < 20_000; i++) {
      tickOnce(interval); // warm up, so the measurement sees compiled code
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 50_000; i++) {
      tickOnce(interval);
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // each tick: a pending poll that registers, the driver's fire, a ready poll that resets;
    // 50,000 ticks that allocated even one object each would show over a megabyte
    assertThat(allocated).isLessThan(1_000);
  }

  /** One tick with plain checks: AssertJ would allocate the very bytes being counted. */
  private void tickOnce(Interval interval) {
    if (ticks(interval)) {
      throw new AssertionError("the tick came early");
    }
    clock.advanceMillis(2);
    timer.fireExpired();
    if (!ticks(interval)) {
      throw new AssertionError("the tick was due");
    }
  }

  @Test
  void thePeriodMustBePositive() {
    assertThatThrownBy(() -> timer.interval(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> timer.interval(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
  }
}
