// P0373, the future form: a spawned future borrows what it was given.
// Rust: E0373/E0597 for `tokio::spawn(summarize(&ledger))` ("borrowed value does not live long
// enough ... argument requires that `ledger` is borrowed for `'static`").
package dev.patina.examples.gallery.p0373;

import static dev.patina.runtime.async.Await.await;
import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import dev.patina.ownership.Owned;
import dev.patina.runtime.executor.WorkStealingExecutor;
import dev.patina.runtime.future.Future;

/** A ledger its owner must close. */
@Linear
final class Ledger {
  int total() {
    return 0;
  }

  @Consume
  void close() {}
}

final class Reports {
  /** `ledger` is only borrowed: its future reads it after an await, long after the call returned. */
  @Async
  static Future<Integer> summarize(Ledger ledger, Future<Integer> rates) {
    int rate = await(rates);
    return completed(ledger.total() * rate);
  }

  static void publish(WorkStealingExecutor workers, @Owned Ledger ledger, Future<Integer> rates) {
    workers.spawn(summarize(ledger, rates)).detach();
    ledger.close();                          // the task may still be reading it
  }
}
