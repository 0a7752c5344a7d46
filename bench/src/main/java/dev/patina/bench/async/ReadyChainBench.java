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
 * A chain of ten steps whose values are there at once, run to its result on the benchmark thread:
 * ten awaits in an {@code @Async} method, ten {@code thenCompose} stages, ten steps of a virtual
 * thread. One operation is the whole chain, including making it.
 *
 * <ul>
 *   <li>{@code asyncNested}: an {@code @Async} method awaiting ten {@code @Async} calls, the peer
 *       of ten stages that each return a new future (eleven machines per operation);
 *   <li>{@code asyncAwaits}: ten awaits of one reused ready future (one machine per operation:
 *       what an await itself costs);
 *   <li>{@code completableFuture}: {@code completedFuture(x)} and ten {@code thenCompose} stages
 *       that each return {@code completedFuture(v + 1)}, then {@code join};
 *   <li>{@code virtualThread}: a virtual thread that runs the ten steps (plain calls: a ready value
 *       needs no waiting in thread code), started and joined per operation.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReadyChainBench {

  static final int STAGES = 10;

  private final Poller poller = new Poller();
  private final Function<Integer, CompletableFuture<Integer>> stage = v -> CompletableFuture.completedFuture(v + 1);
  private final Steps steps = new Steps();
  private int start; // a field, so the chains cannot be folded into a constant

  @Benchmark
  @Baseline
  public Integer completableFuture() {
    CompletableFuture<Integer> f = CompletableFuture.completedFuture(start);
    for (int i = 0; i < STAGES; i++) {
      f = f.thenCompose(stage);
    }
    return f.join();
  }

  @Benchmark
  public Integer asyncNested() {
    return poller.run(Chains.tenNested(start));
  }

  @Benchmark
  public Integer asyncAwaits() {
    return poller.run(Chains.tenAwaits(start, Step.READY));
  }

  @Benchmark
  public int virtualThread() throws InterruptedException {
    steps.value = start;
    Thread.ofVirtual().start(steps).join();
    return steps.value;
  }

  /** The virtual thread's body, reused: ten steps of {@code v + 1}. */
  static final class Steps implements Runnable {
    int value; // written before start and read after join, which order it

    @Override
    public void run() {
      int v = value;
      for (int i = 0; i < STAGES; i++) {
        v = step(v);
      }
      value = v;
    }

    private static int step(int v) {
      return v + 1;
    }
  }
}
