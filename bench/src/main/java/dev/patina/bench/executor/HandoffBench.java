package dev.patina.bench.executor;

import dev.patina.bench.Baseline;
import dev.patina.runtime.future.Future;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The cross-thread hand-off: the benchmark thread (outside the runtime) spawns one trivial task
 * and waits for it. A park and an unpark dominate (systems-anchors §2.2), so this is reported apart
 * from the spawn cost inside an executor.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HandoffBench {

  private static final Future<Integer> ANSWER = cx -> Done.READY_ONE;
  private static final Supplier<Integer> ONE = () -> 1;
  private static final Runnable NOTHING = () -> { };

  @Benchmark
  @Baseline
  public Integer patinaWorkStealing(Runtimes rt) {
    return rt.workStealing.blockOn(rt.workStealing.spawn(ANSWER));
  }

  @Benchmark
  public Integer completableFuture(Runtimes rt) {
    return CompletableFuture.supplyAsync(ONE, rt.forkJoin).join();
  }

  @Benchmark
  public void virtualThread() throws InterruptedException {
    Thread.ofVirtual().start(NOTHING).join();
  }

  @Benchmark
  public Object nettyEventLoop(Runtimes rt) throws InterruptedException, ExecutionException {
    return rt.netty.submit(NOTHING).get();
  }
}
