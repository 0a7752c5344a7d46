package dev.patina.bench.async;

import dev.patina.bench.Baseline;
import dev.patina.examples.asynctrait.KeyValueStore;
import dev.patina.examples.asynctrait.MemoryStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import dev.patina.runtime.future.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One call through the examples' async trait ({@code KeyValueStore}, implemented by {@code
 * MemoryStore}) per operation, polled to its result on the benchmark thread.
 *
 * <p>Each row but {@code putPolledInPlace} hands the future to a {@link Blackhole} before polling
 * it, so that it escapes as it does when a task holds it, and escape analysis cannot take the
 * machine apart: {@code B/op} is then what a call costs on the heap. {@code put} is the
 * implementation's machine plus the {@code Poll.Ready} of the top-level poll; {@code get}, those
 * and the {@code Optional} its body makes; {@code putAll1} and {@code putAll10}, the interface's
 * default {@code @Async} method awaiting 1 and 10 nested {@code put} calls: the 9 extra nested
 * machines and nothing else. {@code putPolledInPlace} is {@code put} with a future that does not
 * escape, which C2 may scalar-replace entirely.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TraitCallBench {

  private final Poller poller = new Poller();
  private final KeyValueStore store = new MemoryStore();
  private final Map<String, String> one = new LinkedHashMap<>();
  private final Map<String, String> ten = new LinkedHashMap<>();
  private final String key = "k3";
  private final String value = "v3";

  @Setup
  public void setUp() {
    for (int i = 0; i < 10; i++) {
      ten.put("k" + i, "v" + i);
    }
    one.put(key, value);
    poller.run(store.putAll(ten)); // every key is there, so the puts below replace, and allocate no map node
  }

  @Benchmark
  @Baseline
  public Void put(Blackhole bh) {
    return poller.run(escaped(bh, store.put(key, value)));
  }

  @Benchmark
  public Void putPolledInPlace() {
    return poller.run(store.put(key, value));
  }

  @Benchmark
  public Optional<String> get(Blackhole bh) {
    return poller.run(escaped(bh, store.get(key)));
  }

  @Benchmark
  public Integer putAll1(Blackhole bh) {
    return poller.run(escaped(bh, store.putAll(one)));
  }

  @Benchmark
  public Integer putAll10(Blackhole bh) {
    return poller.run(escaped(bh, store.putAll(ten)));
  }

  /** {@code f}, after the blackhole has seen it: from here on it is an object on the heap. */
  static <T> Future<T> escaped(Blackhole bh, Future<T> f) {
    bh.consume(f);
    return f;
  }
}
