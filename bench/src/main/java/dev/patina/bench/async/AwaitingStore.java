package dev.patina.bench.async;

import static dev.patina.runtime.async.Await.await;
import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.examples.asynctrait.KeyValueStore;
import dev.patina.runtime.future.Future;
import java.util.Optional;

/**
 * A {@link KeyValueStore} (the examples' async trait) of one entry whose {@code put} awaits a
 * reused future {@code awaits} times before it stores: the same call with 1 or 10 awaits, to show
 * that what a call allocates does not depend on how many awaits it passes.
 */
final class AwaitingStore implements KeyValueStore {

  private final int awaits;
  private final Future<Integer> step;
  private String key;
  private String value;

  AwaitingStore(int awaits, Future<Integer> step) {
    this.awaits = awaits;
    this.step = step;
  }

  @Async
  @Override
  public Future<Optional<String>> get(String key) {
    return completed(key.equals(this.key) ? Optional.of(value) : Optional.empty());
  }

  @Async
  @Override
  public Future<Void> put(String key, String value) {
    for (int i = 0; i < awaits; i++) {
      await(step);
    }
    this.key = key;
    this.value = value;
    return completed(null);
  }
}
