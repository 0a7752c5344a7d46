// A0002: a blocking call inside an @Async method.
// Rust: no lint in rustc; Tokio's documentation ("async code should never spend a long time
// without reaching an .await") and clippy's `await_holding_lock` are the nearest.
// Here a fetcher counts requests under a java.util.concurrent lock and backs off with
// Thread.sleep: both block the executor's thread, and every task queued on it waits too.
package dev.patina.examples.gallery.a0002;

import static dev.patina.runtime.async.Await.await;
import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.runtime.future.Future;
import java.util.concurrent.locks.ReentrantLock;

/** Fetches with a back-off between attempts and counts the requests in flight. */
final class RateLimitedFetcher {
  private final ReentrantLock lock = new ReentrantLock();
  private int inFlight;

  /** The mistakes: a blocking lock and a blocking sleep in the body of an @Async method. */
  @Async
  Future<Integer> fetch(Future<Integer> response, int attempt) throws InterruptedException {
    lock.lock();
    try {
      inFlight++;
    } finally {
      lock.unlock();
    }
    Thread.sleep(50L * attempt);
    int bytes = await(response);
    return completed(bytes + inFlight);
  }
}
