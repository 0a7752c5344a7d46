package dev.patina.examples.async;

import static dev.patina.runtime.async.Await.await;
import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.time.ElapsedException;
import dev.patina.runtime.time.Time;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** An async method that is cancelled while suspended, and records what its cleanup did. */
final class Cancellation {

  final List<String> log = new CopyOnWriteArrayList<>();
  final CountDownLatch suspended = new CountDownLatch(1);

  /** Never ready; says when it was first polled, so the test knows the task is suspended in it. */
  Future<Integer> never() {
    return cx -> {
      suspended.countDown();
      return Poll.pending();
    };
  }

  /** Waits for {@link #waitForever} at most 20 ms: the timeout cancels it, so its cleanup runs. */
  @Async
  Future<String> withTimeout() {
    try {
      return completed("got " + await(Time.timeout(Duration.ofMillis(20), waitForever())));
    } catch (ElapsedException e) {
      return completed("timed out");
    }
  }

  @Async
  Future<Integer> waitForever() {
    try (Constructs.Resource r = new Constructs.Resource(log, "connection")) {
      log.add("waiting on " + r.name());
      int value = await(never());
      log.add("got " + value);
      return completed(value);
    } catch (RuntimeException e) {
      log.add("saw " + e.getClass().getSimpleName());
      throw e;
    } finally {
      log.add("finally");
    }
  }

  /**
   * Cleans up with an {@code await} in its {@code finally}: when the method is cancelled, that
   * await throws the cancellation at once (as a suspending call in a cancelled Kotlin coroutine
   * does), so the cleanup cannot wait forever.
   */
  @Async
  Future<Integer> awaitsInItsFinally() {
    try {
      return completed(await(never()));
    } finally {
      try {
        log.add("cleanup got " + await(Constructs.later(1)));
      } catch (CancelledException e) {
        log.add("cleanup await refused: " + e.getMessage());
      }
    }
  }

  /** Awaits null, which is a bug the await names. */
  @Async
  Future<Integer> awaitsNull(Future<Integer> none) {
    return completed(await(none));
  }
}
