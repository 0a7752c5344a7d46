package dev.patina.bench.executor;

import dev.patina.bench.Baseline;
import dev.patina.runtime.executor.Executor;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import io.netty.channel.EventLoop;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Tokio's {@code chained_spawn}: a task spawns the next one, 1,000 deep, and the last one reports
 * back to the benchmark thread. One operation is one spawn.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(ChainedSpawnBench.ITER)
public class ChainedSpawnBench {

  static final int ITER = 1_000;

  /** One link of the chain: spawns the rest, then is done. */
  record Link(int left, Done done) implements Future<Void> {
    @Override
    public Poll<Void> poll(Context cx) {
      if (left == 0) {
        done.finish();
      } else {
        Executor.current().spawn(new Link(left - 1, done)).detach();
      }
      return Done.READY;
    }
  }

  @Benchmark
  @Baseline
  public void patinaWorkStealing(Runtimes rt) {
    Done done = new Done();
    rt.workStealing.spawn(new Link(ITER, done)).detach();
    rt.workStealing.blockOn(done);
  }

  @Benchmark
  public void patinaCurrentThread(Runtimes rt) {
    Done done = new Done();
    rt.currentThread.blockOn(new SpawnThenAwait(new Link(ITER, done), done));
  }

  private static final UnaryOperator<Integer> INC = x -> x + 1;

  /** 1,000 {@code thenApplyAsync} stages on a {@code ForkJoinPool} of {@code workers} threads. */
  @Benchmark
  public Integer completableFutureChain(Runtimes rt) {
    CompletableFuture<Integer> f = CompletableFuture.completedFuture(0);
    for (int i = 0; i < ITER; i++) {
      f = f.thenApplyAsync(INC, rt.forkJoin);
    }
    return f.join();
  }

  private static void virtualLink(int left, CountDownLatch done) {
    if (left == 0) {
      done.countDown();
    } else {
      Thread.ofVirtual().start(() -> virtualLink(left - 1, done));
    }
  }

  /** 1,000 virtual threads, each started by the previous one. */
  @Benchmark
  public void virtualThreads() throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    Thread.ofVirtual().start(() -> virtualLink(ITER, done));
    done.await();
  }

  private record NettyLink(EventLoop loop, int left, CountDownLatch done) implements Runnable {
    @Override
    public void run() {
      if (left == 0) {
        done.countDown();
      } else {
        loop.execute(new NettyLink(loop, left - 1, done));
      }
    }
  }

  /** 1,000 {@code execute} calls, each from inside the event loop. */
  @Benchmark
  public void nettyEventLoop(Runtimes rt) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    rt.netty.execute(new NettyLink(rt.netty, ITER, done));
    done.await();
  }
}
