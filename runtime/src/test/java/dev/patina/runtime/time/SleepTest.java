package dev.patina.runtime.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;
import dev.patina.runtime.task.Coop;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SleepTest {

  private final ManualClock clock = new ManualClock(5_000_000_000L);
  private final Timer timer = Timer.manual(clock);

  @Test
  void aSleepIsLazyAndRegistersAtItsFirstPoll() {
    Sleep sleep = timer.sleep(Duration.ofMillis(10));
    assertThat(timer.pending()).isZero();
    CountingWaker w = new CountingWaker();
    assertThat(sleep.poll(w.cx).isDone()).isFalse();
    assertThat(timer.pending()).isEqualTo(1);
    assertThat(sleep.poll(w.cx).isDone()).isFalse();
    assertThat(timer.pending()).as("a second poll does not register again").isEqualTo(1);
  }

  @Test
  void aSleepFiresOnceItsDeadlineHasPassedAndWakesItsWakerOnce() {
    Sleep sleep = timer.sleep(Duration.ofMillis(10));
    CountingWaker w = new CountingWaker();
    sleep.poll(w.cx);
    clock.advanceMillis(9);
    assertThat(timer.fireExpired()).isZero();
    assertThat(w.wakes()).isZero();
    clock.advanceMillis(1);
    assertThat(timer.fireExpired()).isEqualTo(1);
    assertThat(timer.fireExpired()).isZero();
    assertThat(w.wakes()).isEqualTo(1);
    assertThat(sleep.isElapsed()).isTrue();
    assertThat(sleep.poll(w.cx)).isEqualTo(Poll.ready(null));
    assertThat(timer.pending()).isZero();
  }

  @Test
  void aDeadlineInsideAMillisecondRoundsUpAndNeverFiresEarly() {
    Sleep sleep = timer.sleepUntil(clock.nanoTime() + 1_500_000L);
    CountingWaker w = new CountingWaker();
    sleep.poll(w.cx);
    clock.advanceNanos(1_499_999L);
    timer.fireExpired();
    assertThat(w.wakes()).isZero();
    clock.advanceNanos(1L); // the deadline itself: still inside tick 1, which rounds up to 2
    timer.fireExpired();
    assertThat(w.wakes()).isZero();
    assertThat(sleep.poll(w.cx).isDone()).as("but a poll reads the clock itself only before registering").isFalse();
    clock.advanceNanos(500_000L);
    timer.fireExpired();
    assertThat(w.wakes()).isEqualTo(1);
  }

  @Test
  void aSleepWhoseDeadlineHasPassedFinishesAtItsFirstPollWithoutRegistering() {
    Sleep sleep = timer.sleepUntil(clock.nanoTime() - 1);
    CountingWaker w = new CountingWaker();
    assertThat(sleep.poll(w.cx).isDone()).isTrue();
    assertThat(timer.pending()).isZero();
    assertThat(timer.sleep(Duration.ofMillis(-3)).poll(w.cx).isDone()).as("a negative duration").isTrue();
    assertThat(timer.sleep(Duration.ZERO).poll(w.cx).isDone()).isTrue();
    assertThat(w.wakes()).isZero();
  }

  @Test
  void theWakerIsReplacedWhenThePollComesWithAnotherTask() {
    Sleep sleep = timer.sleep(Duration.ofMillis(3));
    CountingWaker first = new CountingWaker();
    CountingWaker second = new CountingWaker();
    sleep.poll(first.cx);
    sleep.poll(second.cx);
    clock.advanceMillis(3);
    timer.fireExpired();
    assertThat(first.wakes()).isZero();
    assertThat(second.wakes()).isEqualTo(1);
  }

  @Test
  void theWakerIsKeptWhenTheNewOneWouldWakeTheSameTask() {
    CountingWaker task = new CountingWaker();
    // another waker object for the same task, as an executor may hand out
    Waker alias = new Waker() {
      @Override
      public void wake() {
        throw new AssertionError("the registered waker should have been kept");
      }

      @Override
      public boolean willWake(Waker other) {
        return other == task || other == this;
      }
    };
    Sleep sleep = timer.sleep(Duration.ofMillis(3));
    sleep.poll(new Context(alias));
    // willWake is asked of the registered waker: alias.willWake(task) is true, so alias stays
    sleep.poll(task.cx);
    assertThatThrownBy(() -> {
      clock.advanceMillis(3);
      timer.fireExpired();
    }).isInstanceOf(AssertionError.class).hasMessageContaining("kept");
  }

  @Test
  void closingBeforeTheDeadlineUnregistersAndAPollThenFails() {
    Sleep sleep = timer.sleep(Duration.ofMillis(5));
    CountingWaker w = new CountingWaker();
    sleep.poll(w.cx);
    sleep.close();
    assertThat(timer.pending()).isZero();
    clock.advanceMillis(10);
    assertThat(timer.fireExpired()).isZero();
    assertThat(w.wakes()).isZero();
    assertThat(sleep.poll(w.cx)).isInstanceOfSatisfying(Poll.Failed.class,
        f -> assertThat(f.cause()).isInstanceOf(CancelledException.class));
    sleep.close(); // twice is harmless
  }

  @Test
  void closingAfterTheSleepFiredIsHarmless() {
    Sleep sleep = timer.sleep(Duration.ofMillis(1));
    CountingWaker w = new CountingWaker();
    sleep.poll(w.cx);
    clock.advanceMillis(1);
    timer.fireExpired();
    sleep.close();
    assertThat(w.wakes()).isEqualTo(1);
    assertThat(timer.pending()).isZero();
  }

  @Test
  void resettingARegisteredSleepMovesItAndKeepsItsWaker() {
    Sleep sleep = timer.sleep(Duration.ofMillis(5));
    CountingWaker w = new CountingWaker();
    sleep.poll(w.cx);
    sleep.reset(clock.nanoTime() + 20_000_000L);
    clock.advanceMillis(10);
    timer.fireExpired();
    assertThat(w.wakes()).isZero();
    assertThat(timer.pending()).isEqualTo(1);
    clock.advanceMillis(10);
    timer.fireExpired();
    assertThat(w.wakes()).as("woken without a poll after the reset").isEqualTo(1);
    assertThat(sleep.poll(w.cx).isDone()).isTrue();
  }

  @Test
  void resettingAFiredOrCancelledSleepMakesItPendingAgain() {
    Sleep sleep = timer.sleep(Duration.ofMillis(1));
    CountingWaker w = new CountingWaker();
    sleep.poll(w.cx);
    clock.advanceMillis(1);
    timer.fireExpired();
    assertThat(sleep.poll(w.cx).isDone()).isTrue();
    sleep.reset(clock.nanoTime() + 2_000_000L);
    assertThat(sleep.isElapsed()).isFalse();
    assertThat(sleep.poll(w.cx).isDone()).isFalse();
    sleep.close();
    sleep.reset(clock.nanoTime() + 1_000_000L);
    assertThat(sleep.poll(w.cx).isDone()).isFalse();
    clock.advanceMillis(1);
    timer.fireExpired();
    assertThat(w.wakes()).isEqualTo(2);
    assertThat(sleep.poll(w.cx).isDone()).isTrue();
  }

  @Test
  void resettingARegisteredSleepToThePastWakesItsTask() {
    Sleep sleep = timer.sleep(Duration.ofMillis(5));
    CountingWaker w = new CountingWaker();
    sleep.poll(w.cx);
    clock.advanceMillis(2);
    timer.fireExpired(); // the wheel has reached tick 2
    sleep.reset(clock.nanoTime() - 1_000_000L);
    assertThat(w.wakes()).isEqualTo(1);
    assertThat(sleep.poll(w.cx).isDone()).isTrue();
  }

  @Test
  void aReadySleepConsultsTheCooperativeBudget() {
    CountingWaker w = new CountingWaker();
    Sleep sleep = timer.sleepUntil(clock.nanoTime());
    int previous = Coop.beginPoll(0);
    try {
      assertThat(sleep.poll(w.cx).isDone()).as("no budget left: pending, and the task is woken").isFalse();
      assertThat(w.wakes()).isEqualTo(1);
    } finally {
      Coop.endPoll(previous);
    }
    previous = Coop.beginPoll(1);
    try {
      assertThat(sleep.poll(w.cx).isDone()).isTrue();
      assertThat(Coop.hasBudget()).isFalse();
    } finally {
      Coop.endPoll(previous);
    }
  }

  @Test
  void closingTheTimerFailsTheSleepsStillRegistered() {
    Sleep sleep = timer.sleep(Duration.ofMillis(5));
    CountingWaker w = new CountingWaker();
    sleep.poll(w.cx);
    timer.close();
    assertThat(timer.isClosed()).isTrue();
    assertThat(w.wakes()).isEqualTo(1);
    assertThat(sleep.poll(w.cx)).isInstanceOfSatisfying(Poll.Failed.class,
        f -> assertThat(f.cause()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed"));
    Sleep late = timer.sleep(Duration.ofMillis(5));
    assertThat(late.poll(w.cx).isDone()).as("a sleep made after close fails at once").isTrue();
    timer.close(); // twice is harmless
  }

  @Test
  void aWakerThatThrowsDoesNotStopTheOthers() {
    CountingWaker good = new CountingWaker();
    timer.sleep(Duration.ofMillis(1)).poll(new Context(() -> {
      throw new IllegalStateException("a broken executor");
    }));
    timer.sleep(Duration.ofMillis(1)).poll(good.cx);
    clock.advanceMillis(1);
    assertThatThrownBy(timer::fireExpired).hasMessage("a broken executor");
    assertThat(good.wakes()).isEqualTo(1);
    assertThat(timer.pending()).isZero();
  }

  @Test
  void moreSleepsThanOneBatchAllFireInOneCall() {
    CountingWaker w = new CountingWaker();
    for (int i = 0; i < Timer.BATCH * 3 + 7; i++) {
      timer.sleep(Duration.ofMillis(1 + i % 5)).poll(w.cx);
    }
    clock.advanceMillis(5);
    assertThat(timer.fireExpired()).isEqualTo(Timer.BATCH * 3 + 7);
    assertThat(w.wakes()).isEqualTo(Timer.BATCH * 3 + 7);
  }

  @Test
  void nextDeadlineTellsTheDriverHowLongToPark() {
    assertThat(timer.nextDeadline()).isEqualTo(Long.MAX_VALUE);
    long origin = clock.nanoTime();
    CountingWaker w = new CountingWaker();
    timer.sleep(Duration.ofMillis(30)).poll(w.cx);
    assertThat(timer.nextDeadline()).isEqualTo(origin + 30_000_000L);
    timer.sleep(Duration.ofMillis(100)).poll(w.cx);
    assertThat(timer.nextDeadline()).isEqualTo(origin + 30_000_000L);
  }

  @Test
  void pollingInSteadyStateAllocatesNothing() {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    CountingWaker w = new CountingWaker();
    Sleep sleep = timer.sleep(Duration.ofMillis(10));
    sleep.poll(w.cx);
    for (int i = 0; i < 20_000; i++) {
      sleep.poll(w.cx); // warm up, so the measurement sees compiled code
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 100_000; i++) {
      sleep.poll(w.cx);
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // the counter itself may allocate a few bytes; 100,000 polls that allocated would show MBs
    assertThat(allocated).isLessThan(1_000);
  }

  @Test
  void theManualClockIsMonotonic() {
    assertThatThrownBy(() -> clock.advanceNanos(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monotonic");
    clock.advanceNanos(Long.MAX_VALUE);
    assertThat(clock.nanoTime()).as("saturates").isEqualTo(Long.MAX_VALUE);
  }
}
