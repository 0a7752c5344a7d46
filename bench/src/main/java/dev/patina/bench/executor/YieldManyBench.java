package dev.patina.bench.executor;

import dev.patina.bench.Baseline;
import dev.patina.runtime.executor.Executor;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Tokio's {@code yield_many}: 200 tasks each yield 1,000 times (wake themselves and return
 * pending). One operation is one yield — one wake and one poll — which should allocate nothing.
 * The peers "yield" by re-submitting themselves ({@code ForkJoinPool}, Netty) or with {@code
 * Thread.yield()} (virtual threads).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(YieldManyBench.TASKS * YieldManyBench.NUM_YIELD)
public class YieldManyBench {

  static final int TASKS = 200;
  static final int NUM_YIELD = 1_000;

  /** Yields {@link #NUM_YIELD} times, then counts itself off. */
  static final class Yielder implements Future<Void> {
    private final AtomicInteger remaining;
    private final Done done;
    private int left = NUM_YIELD;

    Yielder(AtomicInteger remaining, Done done) {
      this.remaining = remaining;
      this.done = done;
    }

    @Override
    public Poll<Void> poll(Context cx) {
      if (left-- > 0) {
        cx.waker().wake();
        return Poll.pending();
      }
      if (remaining.decrementAndGet() == 0) {
        done.finish();
      }
      return Done.READY;
    }
  }

  /** Spawns the {@link #TASKS} yielders from inside the current-thread executor. */
  record SpawnYielders(AtomicInteger remaining, Done done) implements Future<Void> {
    @Override
    public Poll<Void> poll(Context cx) {
      for (int i = 0; i < TASKS; i++) {
        Executor.current().spawn(new Yielder(remaining, done)).detach();
      }
      return Done.READY;
    }
  }

  @Benchmark
  @Baseline
  public void patinaWorkStealing(Runtimes rt) {
    Done done = new Done();
    AtomicInteger remaining = new AtomicInteger(TASKS);
    for (int i = 0; i < TASKS; i++) {
      rt.workStealing.spawn(new Yielder(remaining, done)).detach();
    }
    rt.workStealing.blockOn(done);
  }

  @Benchmark
  public void patinaCurrentThread(Runtimes rt) {
    Done done = new Done();
    rt.currentThread.blockOn(new SpawnThenAwait(new SpawnYielders(new AtomicInteger(TASKS), done), done));
  }

  /** A runnable that re-submits itself {@link #NUM_YIELD} times. */
  private static final class Resubmit implements Runnable {
    private final java.util.concurrent.Executor pool;
    private final CountDownLatch done;
    private int left = NUM_YIELD;

    Resubmit(java.util.concurrent.Executor pool, CountDownLatch done) {
      this.pool = pool;
      this.done = done;
    }

    @Override
    public void run() {
      if (left-- > 0) {
        pool.execute(this);
      } else {
        done.countDown();
      }
    }
  }

  @Benchmark
  public void forkJoinPool(Runtimes rt) throws InterruptedException {
    resubmitting(rt.forkJoin);
  }

  @Benchmark
  public void nettyEventLoop(Runtimes rt) throws InterruptedException {
    resubmitting(rt.netty);
  }

  private static void resubmitting(java.util.concurrent.Executor pool) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(TASKS);
    for (int i = 0; i < TASKS; i++) {
      pool.execute(new Resubmit(pool, done));
    }
    done.await();
  }

  /** 200 virtual threads calling {@code Thread.yield()} 1,000 times each. */
  @Benchmark
  public void virtualThreads() throws InterruptedException {
    CountDownLatch done = new CountDownLatch(TASKS);
    for (int i = 0; i < TASKS; i++) {
      Thread.ofVirtual().start(() -> {
        for (int y = 0; y < NUM_YIELD; y++) {
          Thread.yield();
        }
        done.countDown();
      });
    }
    done.await();
  }
}
