package dev.patina.bench.async;

import dev.patina.bench.Baseline;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A chain of ten steps each of which is not ready the first time it is looked at, run to its
 * result on the benchmark thread: every step suspends the chain once and something outside it (the
 * polling loop, the driver, the scheduler) resumes it. One operation is the whole chain.
 *
 * <ul>
 *   <li>{@code asyncAwaits}: ten awaits of one reused future that is pending at every other poll:
 *       the machine suspends ten times and is polled eleven times (one machine per operation);
 *   <li>{@code asyncNested}: ten awaits of nested {@code @Async} calls, each suspending once on
 *       that future (eleven machines), the peer of ten stages that each return a new future;
 *   <li>{@code completableFuture}: ten {@code thenCompose} stages that each return a new,
 *       incomplete {@code CompletableFuture}, which a driver loop then completes, one stage after
 *       the other (completing one runs the next stage);
 *   <li>{@code virtualThread}: a virtual thread that calls {@code Thread.yield()} before each of
 *       its ten steps (unmounting from its carrier and mounting again), started and joined per
 *       operation.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SuspendingChainBench {

  private final Poller poller = new Poller();
  private final Step step = Step.suspending();
  private final Function<Integer, CompletableFuture<Integer>> stage = this::later;
  private final YieldingSteps steps = new YieldingSteps();
  private CompletableFuture<Integer> pending; // the stage the driver completes next
  private int pendingValue;
  private int start;

  @Benchmark
  @Baseline
  public Integer completableFuture() {
    CompletableFuture<Integer> f = CompletableFuture.completedFuture(start);
    for (int i = 0; i < ReadyChainBench.STAGES; i++) {
      f = f.thenCompose(stage);
    }
    while (pending != null) {
      CompletableFuture<Integer> next = pending;
      pending = null;
      next.complete(pendingValue); // runs the next stage, which sets pending again
    }
    return f.join();
  }

  private CompletableFuture<Integer> later(int v) {
    CompletableFuture<Integer> f = new CompletableFuture<>();
    pending = f;
    pendingValue = v + 1;
    return f;
  }

  @Benchmark
  public Integer asyncAwaits() {
    return poller.run(Chains.tenAwaits(start, step));
  }

  @Benchmark
  public Integer asyncNested() {
    return poller.run(Chains.tenNestedAwaiting(start, step));
  }

  @Benchmark
  public int virtualThread() throws InterruptedException {
    steps.value = start;
    Thread.ofVirtual().start(steps).join();
    return steps.value;
  }

  /** The virtual thread's body, reused: ten steps of {@code v + 1}, each after a yield. */
  static final class YieldingSteps implements Runnable {
    int value; // written before start and read after join, which order it

    @Override
    public void run() {
      int v = value;
      for (int i = 0; i < ReadyChainBench.STAGES; i++) {
        Thread.yield();
        v++;
      }
      value = v;
    }
  }
}
