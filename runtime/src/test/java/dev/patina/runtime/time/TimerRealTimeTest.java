package dev.patina.runtime.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Futures;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;
import dev.patina.units.Unit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The timer on the real clock with its own thread: lateness, and many threads at once. */
class TimerRealTimeTest {

  private final Timer timer = Timer.start("test-timer");

  @AfterEach
  void closeTimer() {
    timer.close();
  }

  /** Records when it was first woken, and how often. */
  private static final class Stamp implements Waker {
    final AtomicLongArray woken;
    final AtomicInteger[] wakes;
    final CountDownLatch done;
    final int index;

    Stamp(AtomicLongArray woken, AtomicInteger[] wakes, CountDownLatch done, int index) {
      this.woken = woken;
      this.wakes = wakes;
      this.done = done;
      this.index = index;
    }

    @Override
    public void wake() {
      woken.compareAndSet(index, 0, System.nanoTime());
      if (wakes[index].incrementAndGet() == 1) {
        done.countDown();
      }
    }
  }

  /**
   * 10,000 sleeps with deadlines uniform in 1–200 ms: how late is each woken (wake − deadline)?
   * Never early, and late by about the 1 ms resolution plus the driver's wake-up.
   */
  @Test
  void latenessOfTenThousandTimers() throws InterruptedException {
    int n = 10_000;
    Random random = new Random(42);
    AtomicLongArray woken = new AtomicLongArray(n);
    AtomicInteger[] wakes = new AtomicInteger[n];
    CountDownLatch done = new CountDownLatch(n);
    @Unit("ns") long[] deadlines = new @Unit("ns") long[n];
    List<Sleep> sleeps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      wakes[i] = new AtomicInteger();
      long delay = TimeUnit.MICROSECONDS.toNanos(1_000 + random.nextInt(199_001));
      Sleep sleep = timer.sleep(Duration.ofNanos(delay));
      deadlines[i] = sleep.deadline();
      sleeps.add(sleep);
      Stamp stamp = new Stamp(woken, wakes, done, i);
      if (sleep.poll(new Context(stamp)).isDone()) {
        // this thread lost its core past the deadline's tick before the first poll: the sleep is
        // ready at once, and no wake will come; that lateness counts as well
        stamp.wake();
      }
    }
    assertThat(done.await(30, TimeUnit.SECONDS)).as("every timer fired").isTrue();
    Histogram lateness = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
    @Unit("ns") long earliest = Long.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      @Unit("ns") long late = (@Unit("ns") long) woken.get(i) - deadlines[i];
      earliest = Math.min(earliest, late);
      lateness.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(late)));
      assertThat(wakes[i].get()).as("timer %d woke once", i).isEqualTo(1);
      assertThat(sleeps.get(i).isElapsed()).isTrue();
    }
    System.out.printf("timer lateness, %d timers uniform in 1-200 ms: p50 %d us, p90 %d us,"
            + " p99 %d us, p99.9 %d us, max %d us, min %d ns%n",
        n, lateness.getValueAtPercentile(50), lateness.getValueAtPercentile(90),
        lateness.getValueAtPercentile(99), lateness.getValueAtPercentile(99.9),
        lateness.getMaxValue(), earliest);
    assertThat(earliest).as("no timer fires before its deadline").isGreaterThanOrEqualTo(0);
    // Bounds for a shared, loaded machine: with a load average of 21 on 2 cores one run gave p50
    // 3.8 ms, p99 77 ms, max 127 ms. They catch a driver that ticks coarsely or oversleeps by a
    // lot; a missed unpark is caught exactly by aNewEarlierDeadlineWakesTheParkedDriver. The
    // figures to expect, and those measured, are in docs/runtime/time.md.
    assertThat(lateness.getValueAtPercentile(50)).isLessThan(25_000);
    assertThat(lateness.getValueAtPercentile(99)).isLessThan(250_000);
    assertThat(lateness.getMaxValue()).isLessThan(2_000_000);
    assertThat(timer.pending()).isZero();
  }

  /**
   * Four threads register and cancel 5,000 sleeps each (deadlines 1–50 ms) while the driver
   * fires; some polls change the waker. Every kept sleep wakes exactly once, through the last
   * waker it was polled with or the one before (a race with firing), and a cancelled one wakes
   * only if it fired before the cancel finished.
   */
  @Test
  void manyThreadsRegisterAndCancelWhileTheDriverFires() throws Exception {
    int threads = 4;
    int perThread = 5_000;
    int n = threads * perThread;
    AtomicLongArray woken = new AtomicLongArray(n);
    AtomicInteger[] wakes = new AtomicInteger[n];
    for (int i = 0; i < n; i++) {
      wakes[i] = new AtomicInteger();
    }
    CountDownLatch kept = new CountDownLatch(n / 2);
    CountDownLatch ignored = new CountDownLatch(n);
    @Unit("ns") long[] deadlines = new @Unit("ns") long[n];
    @Unit("ns") long[] cancelledAt = new @Unit("ns") long[n];
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int base = t * perThread;
      workers.add(Thread.ofPlatform().start(() -> {
        Random random = new Random(base);
        for (int k = 0; k < perThread; k++) {
          int i = base + k;
          boolean cancel = (i & 1) == 1;
          Sleep sleep = timer.sleep(Duration.ofMillis(1 + random.nextInt(50)));
          deadlines[i] = sleep.deadline();
          Stamp stamp = new Stamp(woken, wakes, cancel ? ignored : kept, i);
          if (sleep.poll(new Context(stamp)).isDone()) {
            // the worker was descheduled past the deadline's tick: the first poll finished the
            // sleep, so no wake will come; count it as the one wake
            stamp.wake();
          } else if (random.nextInt(3) == 0) {
            sleep.poll(new Context(new Stamp(woken, wakes, cancel ? ignored : kept, i)));
          }
          if (cancel) {
            if (random.nextBoolean()) {
              Thread.onSpinWait();
            }
            sleep.close();
            cancelledAt[i] = Time.now();
          }
        }
      }));
    }
    for (Thread w : workers) {
      w.join();
    }
    assertThat(kept.await(30, TimeUnit.SECONDS)).as("every kept sleep fired").isTrue();
    Thread.sleep(60); // past every deadline: a cancelled sleep that was going to fire wrongly has
    int cancelledButFired = 0;
    for (int i = 0; i < n; i++) {
      if ((i & 1) == 0) {
        assertThat(wakes[i].get()).as("kept sleep %d", i).isEqualTo(1);
        assertThat((@Unit("ns") long) woken.get(i) - deadlines[i]).isGreaterThanOrEqualTo(0);
      } else if (wakes[i].get() > 0) {
        cancelledButFired++;
        assertThat(wakes[i].get()).isEqualTo(1);
        assertThat(cancelledAt[i]).as("sleep %d fired, so its cancel came after the deadline", i)
            .isGreaterThanOrEqualTo(deadlines[i]);
      }
    }
    System.out.printf("concurrency: %d sleeps from %d threads, %d of %d cancels came after firing%n",
        n, threads, cancelledButFired, n / 2);
    assertThat(timer.pending()).isZero();
  }

  @Test
  void aNewEarlierDeadlineWakesTheParkedDriver() {
    CountingWaker late = new CountingWaker();
    timer.sleep(Duration.ofSeconds(30)).poll(late.cx);
    long start = System.nanoTime();
    Futures.blockOn(timer.sleep(Duration.ofMillis(10)));
    long took = System.nanoTime() - start;
    assertThat(took).isBetween(TimeUnit.MILLISECONDS.toNanos(10), TimeUnit.SECONDS.toNanos(5));
    assertThat(late.wakes()).isZero();
  }

  @Test
  void blockOnASleepWaitsAtLeastItsDuration() {
    long start = System.nanoTime();
    assertThat(Futures.blockOn(Time.sleep(Duration.ofMillis(20)))).isNull();
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(20));
  }

  @Test
  void theStaticFunctionsUseTheGlobalTimer() {
    @Unit("ns") long fiveMillis = 5_000_000L;
    @Unit("ns") long deadline = Time.now() + fiveMillis;
    Sleep sleep = Time.sleepUntil(deadline);
    assertThat(sleep.timer()).isSameAs(Timer.global());
    Futures.blockOn(sleep);
    assertThat(Time.now()).isGreaterThanOrEqualTo(deadline);
    Interval interval = Time.interval(Duration.ofMillis(5));
    Futures.blockOn(interval.tick());
    Futures.blockOn(interval.tick());
    assertThat(Time.now()).isGreaterThanOrEqualTo(interval.lastTick());
    assertThat(interval.nextTick() - interval.lastTick()).isEqualTo(fiveMillis);
    interval.close();
  }

  @Test
  void aTimeoutOnAFutureThatNeverFinishesThrowsElapsed() {
    Future<String> never = cx -> Poll.pending();
    long start = System.nanoTime();
    assertThatThrownBy(() -> Futures.blockOn(Time.timeout(Duration.ofMillis(15), never)))
        .isInstanceOf(ElapsedException.class).hasMessageContaining("deadline has elapsed");
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(15));
  }

  @Test
  void anIntervalTicksOnSchedule() {
    Interval interval = timer.interval(Duration.ofMillis(5));
    @Unit("ns") long start = interval.nextTick();
    for (int i = 0; i < 6; i++) {
      Futures.blockOn(interval.tick());
    }
    assertThat(interval.lastTick() - start).isEqualTo(TimeUnit.MILLISECONDS.toNanos(25));
    assertThat(Time.now() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(25));
    interval.close();
  }

  @Test
  void aWakerMayCloseTheTimerFromTheTimerThread() throws InterruptedException {
    Timer other = Timer.start("self-closing-timer");
    CountDownLatch closed = new CountDownLatch(1);
    // 100 ms, so that the first poll is pending even on a loaded machine and the timer thread wakes it
    Poll<Void> first = other.sleep(Duration.ofMillis(100)).poll(new Context(() -> {
      other.close(); // on the timer's thread: must not wait for that thread to end
      closed.countDown();
    }));
    assertThat(first.isDone()).isFalse();
    assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(other.isClosed()).isTrue();
  }

  @Test
  void closingAStartedTimerFailsItsPendingSleepsAndStopsItsThread() {
    Timer other = Timer.start("closing-timer");
    CountingWaker w = new CountingWaker();
    Sleep sleep = other.sleep(Duration.ofSeconds(30));
    sleep.poll(w.cx);
    other.close();
    assertThat(w.wakes()).isEqualTo(1);
    assertThat(sleep.poll(w.cx)).isInstanceOf(Poll.Failed.class);
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("closing-timer"));
    assertThatThrownBy(() -> Timer.global().close()).isInstanceOf(UnsupportedOperationException.class);
  }
}
