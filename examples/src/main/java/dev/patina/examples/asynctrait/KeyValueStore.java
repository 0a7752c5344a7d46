package dev.patina.examples.asynctrait;

import static dev.patina.runtime.async.Await.await;
import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.runtime.future.Future;
import java.util.Map;
import java.util.Optional;

/**
 * A string key-value store whose operations are async: Rust's {@code trait KeyValueStore { async
 * fn get(&self, key: &str) -> Option<String>; ... }}, called through the interface like any Java
 * method. An implementation marks its methods {@code @Async}; what a call returns is that
 * implementation's own state machine, with nothing wrapped around it (docs/runtime/async-trait.md).
 */
public interface KeyValueStore {

  /** The value stored under {@code key}, or empty. Nothing happens until the future is polled. */
  Future<Optional<String>> get(String key);

  /** Stores {@code value} under {@code key}, replacing what was there. */
  Future<Void> put(String key, String value);

  /**
   * Stores every entry of {@code entries}, one {@link #put} after the other; the number stored. A
   * default method is {@code @Async} like any other: it awaits the implementation's {@code put}.
   */
  @Async
  default Future<Integer> putAll(Map<String, String> entries) {
    int stored = 0;
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      await(put(entry.getKey(), entry.getValue()));
      stored++;
    }
    return completed(stored);
  }
}
