package dev.patina.bench.channel;

import dev.patina.bench.Baseline;
import dev.patina.runtime.sync.Oneshot;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A one-value hand-off made, completed and consumed on one thread. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OneshotBench {

  private final Driver driver = new Driver();
  private final Integer value = 42;

  @Benchmark
  @Baseline
  public Integer completableFuture() {
    CompletableFuture<Integer> f = new CompletableFuture<>();
    f.complete(value);
    return f.join();
  }

  @Benchmark
  public Integer oneshot() {
    Oneshot.Channel<Integer> ch = Oneshot.channel();
    ch.tx().send(value);
    return driver.now(ch.rx());
  }
}
