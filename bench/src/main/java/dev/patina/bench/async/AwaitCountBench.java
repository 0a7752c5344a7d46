package dev.patina.bench.async;

import dev.patina.bench.Baseline;
import dev.patina.examples.asynctrait.KeyValueStore;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One {@code put} through the async trait per operation, on an implementation whose {@code put}
 * awaits a reused future 1 or 10 times ({@code awaits}), a future that is always ready or one that
 * suspends each await once ({@code step}). {@code B/op} must be the same for 1 and 10 awaits: the
 * machine and the top-level {@code Poll.Ready}, nothing per await, whether it suspends or not. The
 * future goes through a {@link Blackhole} first, as in {@link TraitCallBench}, so that escape
 * analysis cannot remove the machine and hide what it costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Baseline(param = "awaits", value = "1")
public class AwaitCountBench {

  @Param({"1", "10"})
  public int awaits;

  @Param({"ready", "suspending"})
  public String step;

  private final Poller poller = new Poller();
  private final String key = "k";
  private final String value = "v";
  private KeyValueStore store;

  @Setup
  public void setUp() {
    store = new AwaitingStore(awaits, switch (step) {
      case "ready" -> Step.READY;
      case "suspending" -> Step.suspending();
      default -> throw new IllegalArgumentException("step " + step);
    });
  }

  @Benchmark
  public Void put(Blackhole bh) {
    return poller.run(TraitCallBench.escaped(bh, store.put(key, value)));
  }
}
