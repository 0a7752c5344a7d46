package dev.patina.runtime.executor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;
import dev.patina.runtime.task.Coop;
import dev.patina.runtime.task.JoinHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stress tests of both executors. Short by default; {@code -Dpatina.stress.long=true} multiplies
 * every size by {@value #LONG_FACTOR}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ExecutorStressTest {

  static final int LONG_FACTOR = 10;
  static final int SCALE = Boolean.getBoolean("patina.stress.long") ? LONG_FACTOR : 1;

  record Kind(String name, Supplier<Executor> make) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Kind> executors() {
    return Stream.of(
        new Kind("current-thread", CurrentThreadExecutor::new),
        new Kind("work-stealing(1)", () -> new WorkStealingExecutor(1)),
        new Kind("work-stealing(2)", () -> new WorkStealingExecutor(2)),
        new Kind("work-stealing(4)", () -> new WorkStealingExecutor(4)));
  }

  /** A task that spawns {@code fanOut} children, each spawning {@code fanOut} leaves. */
  private static final class Tree implements Future<Void> {
    private final int fanOut;
    private final int depth;
    private final AtomicLong leaves;
    private final List<JoinHandle<Void>> children = new ArrayList<>();
    private int joined;

    Tree(int fanOut, int depth, AtomicLong leaves) {
      this.fanOut = fanOut;
      this.depth = depth;
      this.leaves = leaves;
    }

    @Override
    public Poll<Void> poll(Context cx) {
      if (depth == 0) {
        leaves.incrementAndGet();
        return Poll.ready(null);
      }
      if (children.isEmpty()) {
        for (int i = 0; i < fanOut; i++) {
          children.add(Executor.current().spawn(new Tree(fanOut, depth - 1, leaves)));
        }
      }
      while (joined < children.size()) {
        if (!children.get(joined).poll(cx).isDone()) {
          return Poll.pending();
        }
        joined++;
      }
      return Poll.ready(null);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("executors")
  void aMillionTasksAllComplete(Kind kind) {
    Executor ex = kind.make().get();
    try {
      AtomicLong leaves = new AtomicLong();
      int fanOut = SCALE == 1 ? 1000 : 3163; // 10^6, or 10^7 with the long flag
      ex.blockOn(ex.spawn(new Tree(fanOut, 2, leaves)));
      assertThat(leaves.get()).isEqualTo((long) fanOut * fanOut);
      assertThat(ex.liveTasks()).isZero();
    } finally {
      ex.shutdown();
    }
  }

  /** Two tasks pass a counter back and forth through two mailboxes. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("executors")
  void pingPong(Kind kind) {
    Executor ex = kind.make().get();
    try {
      int rounds = 20_000 * SCALE;
      Mailbox toPong = new Mailbox();
      Mailbox toPing = new Mailbox();
      JoinHandle<Integer> pong = ex.spawn(new Future<Integer>() {
        int answered;

        @Override
        public Poll<Integer> poll(Context cx) {
          while (true) {
            Poll<Integer> p = toPong.poll(cx);
            if (!p.isDone()) {
              return Poll.pending();
            }
            toPing.put(p.valueOrThrow() + 1);
            if (++answered == rounds) {
              return Poll.ready(answered);
            }
          }
        }
      });
      JoinHandle<Integer> ping = ex.spawn(new Future<Integer>() {
        int sent;

        @Override
        public Poll<Integer> poll(Context cx) {
          if (sent == 0) {
            toPong.put(0);
            sent = 1;
          }
          while (true) {
            Poll<Integer> p = toPing.poll(cx);
            if (!p.isDone()) {
              return Poll.pending();
            }
            int v = p.valueOrThrow();
            if (v != 2 * sent - 1) {
              return Poll.failed(new AssertionError("expected " + (2 * sent - 1) + ", got " + v));
            }
            if (sent == rounds) {
              return Poll.ready(v);
            }
            toPong.put(v + 1);
            sent++;
          }
        }
      });
      assertThat(ex.blockOn(ping)).isEqualTo(2 * rounds - 1);
      assertThat(ex.blockOn(pong)).isEqualTo(rounds);
      assertThat(ex.liveTasks()).isZero();
    } finally {
      ex.shutdown();
    }
  }

  /**
   * Threads outside the executor publish a step and wake a task, then wait for the task to see it:
   * a lost wake would leave the task asleep with a step it never saw. Wakes race with polls (the
   * task may be running, or about to go idle, when the wake comes), and each step is counted.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("executors")
  void noWakeIsLost(Kind kind) throws Exception {
    Executor ex = kind.make().get();
    try {
      int pairs = 4;
      int steps = 5_000 * SCALE;
      List<Thread> producers = new ArrayList<>();
      List<JoinHandle<Integer>> consumers = new ArrayList<>();
      AtomicInteger stuck = new AtomicInteger();
      for (int p = 0; p < pairs; p++) {
        AtomicInteger published = new AtomicInteger();
        AtomicInteger seen = new AtomicInteger();
        AtomicReference<Waker> waker = new AtomicReference<>();
        consumers.add(ex.spawn(new Future<Integer>() {
          int polls;

          @Override
          public Poll<Integer> poll(Context cx) {
            polls++;
            waker.set(cx.waker()); // register, then check: a step published after this wakes us
            int now = published.get();
            seen.set(now);
            return now == steps ? Poll.ready(polls) : Poll.pending();
          }
        }));
        Thread producer = new Thread(() -> {
          for (int s = 1; s <= steps; s++) {
            published.set(s);
            Waker w = waker.get();
            if (w != null) {
              w.wake();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (seen.get() < s) {
              if (System.nanoTime() > deadline) {
                stuck.incrementAndGet(); // the task never saw step s: its wake was lost
                return;
              }
              Thread.onSpinWait();
            }
          }
        });
        producers.add(producer);
        producer.start();
      }
      for (JoinHandle<Integer> c : consumers) {
        assertThat(ex.blockOn(c)).isGreaterThanOrEqualTo(steps / 2);
      }
      for (Thread t : producers) {
        t.join();
      }
      assertThat(stuck).hasValue(0);
      assertThat(ex.liveTasks()).isZero();
    } finally {
      ex.shutdown();
    }
  }

  /**
   * A mixed load where a random third of the tasks is cancelled at a random moment: every task
   * ends complete or cancelled, every permit comes back, and no task is left alive.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("executors")
  void noTaskLeaksUnderRandomCancellation(Kind kind) {
    Executor ex = kind.make().get();
    try {
      SplittableRandom random = new SplittableRandom(42);
      int tasks = 20_000 * SCALE;
      java.util.concurrent.Semaphore permits = new java.util.concurrent.Semaphore(tasks);
      List<JoinHandle<String>> handles = new ArrayList<>();
      List<Signal<String>> signals = new ArrayList<>();
      for (int i = 0; i < tasks; i++) {
        Signal<String> s = new Signal<>();
        signals.add(s);
        handles.add(ex.spawn(new Permits(permits, s)));
      }
      int cancelled = 0;
      for (int i = 0; i < tasks; i++) {
        if (random.nextInt(3) == 0) {
          if (handles.get(i).cancel()) {
            cancelled++;
          }
        } else {
          signals.get(i).complete("done " + i);
        }
      }
      int done = 0;
      int sawCancel = 0;
      for (JoinHandle<String> h : handles) {
        try {
          ex.blockOn(h);
          done++;
        } catch (CancelledException e) {
          sawCancel++;
        }
      }
      assertThat(done + sawCancel).isEqualTo(tasks);
      assertThat(sawCancel).isEqualTo(cancelled);
      assertThat(permits.availablePermits()).isEqualTo(tasks);
      assertThat(ex.liveTasks()).isZero();
    } finally {
      ex.shutdown();
    }
  }

  /** What the latency probe saw next to an always-ready task. */
  record ProbeResult(long maxDelayNanos, int pollsDuringBusy, long busyNanos) {}

  /**
   * One always-ready task (it asks {@link Coop#proceed} before each unit of work, as a channel or
   * socket would, and finds work every time) shares one worker with a probe woken every
   * millisecond from outside; the probe records how late it is polled.
   */
  static ProbeResult probeNextToABusyTask(int budget) throws Exception {
    WorkStealingExecutor ex = new WorkStealingExecutor(1, ExecutorOptions.defaults("probe").withBudget(budget));
    try {
      long busyFor = TimeUnit.MILLISECONDS.toNanos(300);
      AtomicLong busyEnd = new AtomicLong(Long.MAX_VALUE);
      AtomicLong wokenAt = new AtomicLong();
      AtomicReference<Waker> probeWaker = new AtomicReference<>();
      AtomicLong maxDelay = new AtomicLong();
      AtomicInteger pollsDuringBusy = new AtomicInteger();
      Future<Long> busyWork = new Future<Long>() {
        long deadline;
        long units;

        @Override
        public Poll<Long> poll(Context cx) {
          if (deadline == 0) {
            deadline = System.nanoTime() + busyFor;
          }
          while (System.nanoTime() < deadline) {
            if (!Coop.proceed(cx)) {
              return Poll.pending(); // budget used up: Coop woke us, we go to the back
            }
            units++;
          }
          busyEnd.set(System.nanoTime());
          return Poll.ready(units);
        }
      };
      AtomicReference<JoinHandle<Long>> busyHandle = new AtomicReference<>();
      JoinHandle<Void> probe = ex.spawn(cx -> {
        probeWaker.set(cx.waker());
        long woken = wokenAt.getAndSet(0);
        if (woken != 0) {
          long now = System.nanoTime();
          maxDelay.accumulateAndGet(now - woken, Math::max);
          if (now < busyEnd.get()) {
            pollsDuringBusy.incrementAndGet();
          }
        }
        JoinHandle<Long> b = busyHandle.get();
        return b != null && b.isDone() ? Poll.ready(null) : Poll.pending();
      });
      while (probeWaker.get() == null) { // the probe is waiting for wakes before the busy task starts
        Thread.onSpinWait();
      }
      JoinHandle<Long> busy = ex.spawn(busyWork);
      busyHandle.set(busy);
      Thread ticker = new Thread(() -> {
        while (!probe.isDone()) {
          Waker w = probeWaker.get();
          if (w != null && wokenAt.compareAndSet(0, System.nanoTime())) {
            w.wake();
          }
          java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
      });
      ticker.start();
      long start = System.nanoTime();
      ex.blockOn(busy);
      long busyNanos = System.nanoTime() - start;
      ex.blockOn(probe);
      ticker.join();
      return new ProbeResult(maxDelay.get(), pollsDuringBusy.get(), busyNanos);
    } finally {
      ex.shutdown();
    }
  }

  @Test
  void theBudgetKeepsAnAlwaysReadyTaskFromStarvingALatencyProbe() throws Exception {
    ProbeResult unbudgeted = probeNextToABusyTask(Coop.UNCONSTRAINED);
    ProbeResult budgeted = probeNextToABusyTask(Coop.DEFAULT_BUDGET);
    System.out.printf("probe delay: max %.1f ms with no budget, %.1f ms with budget %d (%d polls while busy)%n",
        unbudgeted.maxDelayNanos() / 1e6, budgeted.maxDelayNanos() / 1e6, Coop.DEFAULT_BUDGET,
        budgeted.pollsDuringBusy());
    // without a budget the busy task's single poll holds the worker for all of its 300 ms
    assertThat(unbudgeted.pollsDuringBusy()).isZero();
    assertThat(unbudgeted.maxDelayNanos()).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(100));
    // with one, the probe keeps being polled, and its worst delay is a fraction of that
    assertThat(budgeted.pollsDuringBusy()).isGreaterThan(5);
    assertThat(budgeted.maxDelayNanos()).isLessThan(unbudgeted.maxDelayNanos() / 2);
  }
}
