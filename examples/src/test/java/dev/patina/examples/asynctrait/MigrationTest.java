package dev.patina.examples.asynctrait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.runtime.async.AsyncStateMachine;
import dev.patina.runtime.executor.CurrentThreadExecutor;
import dev.patina.runtime.executor.Executor;
import dev.patina.runtime.executor.WorkStealingExecutor;
import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.task.JoinHandle;
import dev.patina.runtime.time.Time;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The migration service, through the {@link KeyValueStore} interface only, gives the same result
 * on the current-thread and the work-stealing executor; and a call through the interface is the
 * implementation's state machine, which runs nothing until it is polled.
 */
class MigrationTest {

  private static final Duration LATENCY = Duration.ofMillis(2);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"current-thread", "work-stealing"})
  void shardedCopyMovesEveryKeyTheSourceHolds(String executor) {
    on(executor, ex -> {
      Map<String, String> entries = AsyncTraitMain.entries(60);
      LatencyStore source = new LatencyStore(LATENCY, entries);
      MemoryStore target = new MemoryStore();
      List<String> keys = new ArrayList<>(entries.keySet());
      keys.add("absent-1"); // keys the source does not hold are skipped, not copied as empty
      keys.add("absent-2");

      int copied = ex.blockOn(Migration.copySharded(source, target, keys, 6));

      assertThat(copied).isEqualTo(60);
      assertThat(target.snapshot()).isEqualTo(entries);
      assertThat(source.requests()).isEqualTo(keys.size());
      // six tasks, each suspended in a sleep: their requests overlap even on a single thread
      assertThat(source.maxInFlight()).isGreaterThan(1);
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"current-thread", "work-stealing"})
  void differencesFindsExactlyTheChangedKeys(String executor) {
    on(executor, ex -> {
      SplittableRandom random = new SplittableRandom(42);
      Map<String, String> entries = AsyncTraitMain.entries(40);
      LatencyStore left = new LatencyStore(Duration.ZERO, entries);
      MemoryStore right = new MemoryStore();
      assertThat(ex.blockOn(right.putAll(entries))).isEqualTo(40);
      List<String> changed = new ArrayList<>();
      for (String key : entries.keySet()) {
        if (random.nextInt(4) == 0) {
          ex.blockOn(right.put(key, "changed"));
          changed.add(key);
        }
      }

      List<String> differ = ex.blockOn(Migration.differences(left, right, List.copyOf(entries.keySet())));

      assertThat(changed).isNotEmpty();
      assertThat(differ).containsExactlyElementsOf(changed);
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"current-thread", "work-stealing"})
  void theDefaultMethodAwaitsTheImplementationsPut(String executor) {
    on(executor, ex -> {
      LatencyStore store = new LatencyStore(LATENCY, Map.of());

      int stored = ex.blockOn(store.putAll(AsyncTraitMain.entries(5)));

      assertThat(stored).isEqualTo(5);
      assertThat(store.requests()).isEqualTo(5);
      assertThat(store.maxInFlight()).isEqualTo(1); // putAll awaits each put before the next
      assertThat(ex.blockOn(store.get("k3"))).contains("v3");
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"current-thread", "work-stealing"})
  void cancellingACopyUnwindsTheRequestItIsWaitingIn(String executor) {
    on(executor, ex -> {
      Map<String, String> entries = AsyncTraitMain.entries(1_000);
      LatencyStore source = new LatencyStore(LATENCY, entries);
      MemoryStore target = new MemoryStore();
      JoinHandle<Integer> copy = ex.spawn(Migration.copy(source, target, List.copyOf(entries.keySet())));
      ex.blockOn(Time.sleep(Duration.ofMillis(20))); // the copy runs meanwhile (on this thread, for current-thread)

      copy.cancel();

      assertThatThrownBy(() -> ex.blockOn(copy)).isInstanceOf(CancelledException.class);
      assertThat(source.requests()).isBetween(1, 999);
      assertThat(source.inFlight()).isZero(); // the finally around the sleep ran at the cancelled await
      assertThat(target.snapshot().size()).isLessThan(1_000);
    });
  }

  @Test
  void aCallThroughTheInterfaceIsTheImplementationsMachineAndRunsNothing() {
    LatencyStore latency = new LatencyStore(LATENCY, Map.of("k", "v"));
    KeyValueStore store = latency;

    Future<Optional<String>> call = store.get("k");

    assertThat(call).isInstanceOf(AsyncStateMachine.class);
    assertThat(call.getClass().getName()).isEqualTo(LatencyStore.class.getName() + "$get$Async");
    assertThat(latency.requests()).isZero(); // the body has not started
    CurrentThreadExecutor ex = new CurrentThreadExecutor();
    try {
      assertThat(ex.blockOn(call)).contains("v");
      assertThat(latency.requests()).isEqualTo(1);
    } finally {
      ex.shutdown();
    }
  }

  private static void on(String name, Consumer<Executor> body) {
    Executor executor = switch (name) {
      case "current-thread" -> new CurrentThreadExecutor();
      case "work-stealing" -> new WorkStealingExecutor(2);
      default -> throw new IllegalArgumentException(name);
    };
    try {
      body.accept(executor);
    } finally {
      executor.shutdown();
    }
  }
}
