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
 * Migrates 200 keys from a {@link LatencyStore} (1 ms per request) to a {@link MemoryStore} in 8
 * tasks, on the current-thread executor and then on a work-stealing one, and prints how long it
 * took, whether the stores agree, and what a call through the interface returns.
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

  /** The migration on {@code executor}: copies, checks and prints one paragraph. */
  static void migrate(String name, Executor executor) {
    LatencyStore source = new LatencyStore(LATENCY, entries(KEYS));
    MemoryStore target = new MemoryStore();
    List<String> keys = List.copyOf(entries(KEYS).keySet());
    long start = System.nanoTime();
    int copied = executor.blockOn(Migration.copySharded(source, target, keys, SHARDS));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    int requests = source.requests();
    MemoryStore expected = new MemoryStore();
    int stored = executor.blockOn(expected.putAll(entries(KEYS))); // the interface's default @Async method
    List<String> differ = executor.blockOn(Migration.differences(target, expected, keys));
    System.out.printf("%s: copied %d of %d keys in %d tasks in %d ms (%d requests of %d ms each, up to %d at once;"
        + " %d ms one after another)%n", name, copied, KEYS, SHARDS, millis, requests, LATENCY.toMillis(),
        source.maxInFlight(), requests * LATENCY.toMillis());
    System.out.printf("  keys whose values differ from the %d expected entries: %d%n", stored, differ.size());
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
