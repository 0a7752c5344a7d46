package dev.patina.examples.asynctrait;

import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.runtime.future.Future;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link KeyValueStore} in a map: every operation is ready at its first poll. The methods are
 * still {@code @Async}, so a caller awaits them exactly as it awaits a store that suspends.
 */
public final class MemoryStore implements KeyValueStore {

  // concurrent: tasks of a work-stealing executor call the store from several threads
  private final Map<String, String> entries = new ConcurrentHashMap<>();

  @Async
  @Override
  public Future<Optional<String>> get(String key) {
    return completed(Optional.ofNullable(entries.get(key)));
  }

  @Async
  @Override
  public Future<Void> put(String key, String value) {
    entries.put(key, value);
    return completed(null);
  }

  /** What the store holds now, read without going through a future (for checks and printing). */
  public Map<String, String> snapshot() {
    return Map.copyOf(entries);
  }
}
