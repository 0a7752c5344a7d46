package dev.patina.examples.asynctrait;

import static dev.patina.runtime.async.Await.await;
import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.time.Time;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link KeyValueStore} that behaves like a remote one: every request first waits out a network
 * latency on the runtime's timer ({@link Time#sleep}), which suspends the calling task and frees its
 * thread, so many requests wait at once even on a single-threaded executor.
 */
public final class LatencyStore implements KeyValueStore {

  private final Map<String, String> entries = new ConcurrentHashMap<>();
  private final Duration latency;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  /** A store holding {@code initial}, whose requests each take {@code latency}. */
  public LatencyStore(Duration latency, Map<String, String> initial) {
    this.latency = latency;
    entries.putAll(initial);
  }

  @Async
  @Override
  public Future<Optional<String>> get(String key) {
    begin(); // when the body runs, i.e. at the first poll, not at the call
    try {
      await(Time.sleep(latency));
    } finally { // also when the task is cancelled during the sleep: cancellation resumes the body here
      inFlight.decrementAndGet();
    }
    return completed(Optional.ofNullable(entries.get(key)));
  }

  @Async
  @Override
  public Future<Void> put(String key, String value) {
    begin();
    try {
      await(Time.sleep(latency));
    } finally { // also when the task is cancelled during the sleep: cancellation resumes the body here
      inFlight.decrementAndGet();
    }
    entries.put(key, value);
    return completed(null);
  }

  private void begin() {
    requests.incrementAndGet();
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
  }

  /** How many requests have started (been polled) so far. */
  public int requests() {
    return requests.get();
  }

  /** The most requests that were waiting out their latency at the same time. */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  /** How many requests are waiting out their latency now. */
  public int inFlight() {
    return inFlight.get();
  }
}
