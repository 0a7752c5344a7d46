package dev.patina.examples.asynctrait;

import dev.patina.runtime.executor.CurrentThreadExecutor;
import dev.patina.runtime.executor.Executor;
import dev.patina.runtime.executor.WorkStealingExecutor;
import dev.patina.runtime.future.Future;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Migrates 200 keys from a {@link LatencyStore} (1 ms per request) to a {@link MemoryStore}, in one
 * task and then in 8, on the current-thread executor and then on a work-stealing one, and prints
 * how long each took, whether the stores agree, and what a call through the interface returns.
 *
 * <p>Run it after {@code ./patina test -pl examples -am} with {@code java -cp
 * examples/target/classes:runtime/target/classes:annotations/target/classes
 * dev.patina.examples.asynctrait.AsyncTraitMain}.
 */
public final class AsyncTraitMain {

  static final int KEYS = 200;
  static final int SHARDS = 8;
  static final Duration LATENCY = Duration.ofMillis(1);

  private AsyncTraitMain() {}

  public static void main(String[] args) {
    CurrentThreadExecutor current = new CurrentThreadExecutor();
    try {
      migrate("current-thread executor", current);
    } finally {
      current.shutdown();
    }
    WorkStealingExecutor stealing = new WorkStealingExecutor(2);
    try {
      migrate("work-stealing executor (2 workers)", stealing);
    } finally {
      stealing.shutdown();
    }
    KeyValueStore store = new MemoryStore();
    Future<Optional<String>> call = store.get("k0"); // not polled: the body has not run, and never will
    System.out.println("a call through KeyValueStore returns " + call.getClass().getName()
        + ", the implementation's own state machine");
  }

  /** The migration on {@code executor}, in one task and then in {@link #SHARDS}: copies, checks and prints. */
  static void migrate(String name, Executor executor) {
    List<String> keys = List.copyOf(entries(KEYS).keySet());
    long sequential = timedCopy(executor, new LatencyStore(LATENCY, entries(KEYS)), new MemoryStore(), keys, 1);
    LatencyStore source = new LatencyStore(LATENCY, entries(KEYS));
    MemoryStore target = new MemoryStore();
    long sharded = timedCopy(executor, source, target, keys, SHARDS);
    MemoryStore expected = new MemoryStore();
    int stored = executor.blockOn(expected.putAll(entries(KEYS))); // the interface's default @Async method
    List<String> differ = executor.blockOn(Migration.differences(target, expected, keys));
    System.out.printf("%s: %d keys, %d ms per request: 1 task took %d ms, %d tasks took %d ms (up to %d requests"
        + " waiting at once)%n", name, KEYS, LATENCY.toMillis(), sequential, SHARDS, sharded, source.maxInFlight());
    System.out.printf("  keys whose values differ from the %d expected entries afterwards: %d%n", stored, differ.size());
  }

  /** Milliseconds {@link Migration#copySharded} took; fails unless every key was copied. */
  private static long timedCopy(Executor executor, KeyValueStore from, KeyValueStore to, List<String> keys, int shards) {
    long start = System.nanoTime();
    int copied = executor.blockOn(Migration.copySharded(from, to, keys, shards));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    if (copied != keys.size()) {
      throw new IllegalStateException("copied " + copied + " of " + keys.size() + " keys");
    }
    return millis;
  }

  /** {@code n} entries {@code k0=v0, k1=v1, ...}, in key order. */
  static Map<String, String> entries(int n) {
    Map<String, String> entries = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      entries.put("k" + i, "v" + i);
    }
    return entries;
  }
}
