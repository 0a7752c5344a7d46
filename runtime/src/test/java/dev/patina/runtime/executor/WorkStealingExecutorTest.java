package dev.patina.runtime.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.task.JoinHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WorkStealingExecutorTest {

  @Test
  void spawnsFromOutsideAndInsideComplete() {
    WorkStealingExecutor ex = new WorkStealingExecutor(2);
    try {
      JoinHandle<Integer> outer = ex.spawn(new Future<Integer>() {
        JoinHandle<Integer> inner;

        @Override
        public Poll<Integer> poll(Context cx) {
          if (inner == null) {
            inner = Executor.current().spawn(Future.ready(41));
          }
          Poll<Integer> p = inner.poll(cx);
          return p.isDone() ? Poll.ready(p.valueOrThrow() + 1) : Poll.pending();
        }
      });
      assertThat(ex.blockOn(outer)).isEqualTo(42);
      assertThat(ex.liveTasks()).isZero();
    } finally {
      ex.shutdown();
    }
  }

  @Test
  void idleWorkersStealFromABusyOne() throws Exception {
    WorkStealingExecutor ex = new WorkStealingExecutor(2);
    try {
      Set<String> threads = ConcurrentHashMap.newKeySet();
      CountDownLatch both = new CountDownLatch(2);
      // the parent spawns children on its own worker; they wait until two threads have run one
      JoinHandle<Void> parent = ex.spawn(cx -> {
        for (int i = 0; i < 64; i++) {
          Executor.current().spawn(c -> {
            if (threads.add(Thread.currentThread().getName())) {
              both.countDown();
            }
            try {
              both.await(5, TimeUnit.SECONDS); // holds this worker so the other one must steal
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return Poll.ready(null);
          }).detach();
        }
        return Poll.ready(null);
      });
      ex.blockOn(parent);
      assertThat(both.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(threads).hasSize(2);
    } finally {
      ex.shutdown();
    }
  }

  @Test
  void cancellingTasksOnWorkersReleasesTheirPermits() {
    WorkStealingExecutor ex = new WorkStealingExecutor(2);
    try {
      Semaphore pool = new Semaphore(1000);
      List<JoinHandle<String>> handles = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        handles.add(ex.spawn(new Permits(pool, new Signal<>())));
      }
      while (pool.availablePermits() > 0) { // every task has been polled once and holds a permit
        Thread.onSpinWait();
      }
      handles.forEach(JoinHandle::cancel);
      for (JoinHandle<String> h : handles) {
        assertThatThrownBy(() -> ex.blockOn(h)).isInstanceOf(CancelledException.class);
      }
      assertThat(pool.availablePermits()).isEqualTo(1000);
      assertThat(ex.liveTasks()).isZero();
    } finally {
      ex.shutdown();
    }
  }

  @Test
  void shutdownReportsQueuedIdleAndBlockingWork() throws Exception {
    WorkStealingExecutor ex =
        new WorkStealingExecutor(1, ExecutorOptions.defaults("report").withBlockingPool(1, Duration.ofSeconds(5)));
    Semaphore held = new Semaphore(7);
    for (int i = 0; i < 3; i++) {
      ex.spawn(new Permits(held, new Signal<>())).detach();
    }
    while (held.availablePermits() > 4) {
      Thread.onSpinWait();
    }
    CountDownLatch blockerIn = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ex.spawn(cx -> {
      blockerIn.countDown();
      awaitQuietly(release); // holds the only worker
      return Poll.ready(null);
    }).detach();
    blockerIn.await();
    for (int i = 0; i < 4; i++) {
      ex.spawn(new Permits(held, new Signal<>())).detach(); // queued behind the blocker
    }
    CountDownLatch jobIn = new CountDownLatch(1);
    CountDownLatch jobRelease = new CountDownLatch(1);
    JoinHandle<String> running = ex.spawnBlocking(() -> {
      jobIn.countDown();
      awaitQuietly(jobRelease);
      return "finished after shutdown";
    });
    jobIn.await();
    JoinHandle<String> notStarted = ex.spawnBlocking(() -> "never");
    ShutdownReport[] report = new ShutdownReport[1];
    Thread stopper = new Thread(() -> report[0] = ex.shutdown());
    stopper.start();
    while (!ex.isShutdown()) {
      Thread.onSpinWait();
    }
    release.countDown();
    stopper.join();
    assertThat(report[0]).isEqualTo(new ShutdownReport(4, 3, 0, 1, 1));
    assertThat(held.availablePermits()).isEqualTo(7);
    assertThat(ex.liveTasks()).isZero();
    assertThat(notStarted.isCancelled()).isTrue();
    jobRelease.countDown();
    assertThat(new CurrentThreadExecutor().blockOn(running)).isEqualTo("finished after shutdown");
    assertThatThrownBy(() -> ex.spawn(Future.ready(1))).isInstanceOf(RejectedExecutionException.class);
    assertThatThrownBy(() -> ex.spawnBlocking(() -> 1)).isInstanceOf(RejectedExecutionException.class);
  }

  @Test
  void shutdownFromInsideATaskStopsTheExecutor() {
    WorkStealingExecutor ex = new WorkStealingExecutor(2);
    JoinHandle<ShutdownReport> stopper = ex.spawn(cx -> Poll.ready(Executor.current().shutdown()));
    ShutdownReport report = new CurrentThreadExecutor().blockOn(stopper);
    // the calling task was mid-poll: flagged, counted as running, and its finished poll wins
    assertThat(report).isEqualTo(new ShutdownReport(0, 0, 1, 0, 0));
    assertThat(ex.isShutdown()).isTrue();
    assertThat(stopper.isCancelled()).isFalse();
  }

  @Test
  void blockingPoolReusesThreadsAndRespectsItsCap() throws Exception {
    WorkStealingExecutor ex =
        new WorkStealingExecutor(1, ExecutorOptions.defaults("cap").withBlockingPool(2, Duration.ofMillis(200)));
    try {
      AtomicInteger concurrent = new AtomicInteger();
      AtomicInteger peak = new AtomicInteger();
      List<JoinHandle<Integer>> jobs = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        int n = i;
        jobs.add(ex.spawnBlocking(() -> {
          peak.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
          sleepQuietly(5);
          concurrent.decrementAndGet();
          return n;
        }));
      }
      int sum = 0;
      for (JoinHandle<Integer> j : jobs) {
        sum += ex.blockOn(j);
      }
      assertThat(sum).isEqualTo(190);
      assertThat(peak.get()).isBetween(1, 2);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (ex.blockingThreads() > 0 && System.nanoTime() < deadline) {
        sleepQuietly(20); // idle blocking threads retire after the 200 ms keep-alive
      }
      assertThat(ex.blockingThreads()).isZero();
    } finally {
      ex.shutdown();
    }
  }

  @Test
  void blockOnOnAWorkerIsRefused() {
    WorkStealingExecutor ex = new WorkStealingExecutor(1);
    try {
      JoinHandle<Object> t = ex.spawn(cx -> Poll.ready(Executor.current().blockOn(Future.ready(1))));
      assertThatThrownBy(() -> ex.blockOn(t)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("would block a thread that runs tasks");
    } finally {
      ex.shutdown();
    }
  }

  static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
