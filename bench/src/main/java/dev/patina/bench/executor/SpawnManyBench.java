package dev.patina.bench.executor;

import dev.patina.bench.Baseline;
import dev.patina.runtime.executor.Executor;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Tokio's {@code spawn_many} (the {@code _local} variant): one task spawns 10,000 trivial tasks;
 * the last to run reports back. One operation is one spawn.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(SpawnManyBench.NUM_SPAWN)
public class SpawnManyBench {

  static final int NUM_SPAWN = 10_000;

  /** A spawned task: counts itself off; the last one finishes the op. */
  record Leaf(AtomicInteger remaining, Done done) implements Future<Void> {
    @Override
    public Poll<Void> poll(Context cx) {
      if (remaining.decrementAndGet() == 0) {
        done.finish();
      }
      return Done.READY;
    }
  }

  /** The spawning task. */
  record Spawner(AtomicInteger remaining, Done done) implements Future<Void> {
    @Override
    public Poll<Void> poll(Context cx) {
      Executor ex = Executor.current();
      Leaf leaf = new Leaf(remaining, done); // stateless per poll: one leaf future serves every task
      for (int i = 0; i < NUM_SPAWN; i++) {
        ex.spawn(leaf).detach();
      }
      return Done.READY;
    }
  }

  @Benchmark
  @Baseline
  public void patinaWorkStealing(Runtimes rt) {
    Done done = new Done();
    rt.workStealing.spawn(new Spawner(new AtomicInteger(NUM_SPAWN), done)).detach();
    rt.workStealing.blockOn(done);
  }

  @Benchmark
  public void patinaCurrentThread(Runtimes rt) {
    Done done = new Done();
    rt.currentThread.blockOn(new SpawnThenAwait(new Spawner(new AtomicInteger(NUM_SPAWN), done), done));
  }

  /** 10,000 {@code execute} calls from inside a {@code ForkJoinPool} task. */
  @Benchmark
  public void forkJoinPool(Runtimes rt) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    AtomicInteger remaining = new AtomicInteger(NUM_SPAWN);
    ForkJoinPool pool = rt.forkJoin;
    Runnable leaf = () -> {
      if (remaining.decrementAndGet() == 0) {
        done.countDown();
      }
    };
    pool.execute(() -> {
      for (int i = 0; i < NUM_SPAWN; i++) {
        pool.execute(leaf);
      }
    });
    done.await();
  }

  /** 10,000 virtual threads started from a virtual thread. */
  @Benchmark
  public void virtualThreads() throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    AtomicInteger remaining = new AtomicInteger(NUM_SPAWN);
    Runnable leaf = () -> {
      if (remaining.decrementAndGet() == 0) {
        done.countDown();
      }
    };
    Thread.ofVirtual().start(() -> {
      for (int i = 0; i < NUM_SPAWN; i++) {
        Thread.ofVirtual().start(leaf);
      }
    });
    done.await();
  }

  /** 10,000 {@code execute} calls from inside the event loop. */
  @Benchmark
  public void nettyEventLoop(Runtimes rt) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    AtomicInteger remaining = new AtomicInteger(NUM_SPAWN);
    Runnable leaf = () -> {
      if (remaining.decrementAndGet() == 0) {
        done.countDown();
      }
    };
    rt.netty.execute(() -> {
      for (int i = 0; i < NUM_SPAWN; i++) {
        rt.netty.execute(leaf);
      }
    });
    done.await();
  }
}
