// A0001: a future is made and dropped.
// Rust: the `unused_must_use` lint ("unused implementer of `Future` that must be used: futures do
// nothing unless you `.await` or poll them"), and `#[must_use]` on tokio's `JoinHandle`.
// Here an order service announces each order on a channel, but drops the send's future, so no
// order is ever announced; and it starts an audit task whose handle it drops, so a failed audit
// goes unnoticed.
package dev.patina.examples.gallery.a0001;

import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.runtime.executor.Executor;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.sync.Mpsc;

/** Places orders and announces each on a bounded channel that a dispatcher reads. */
final class OrderEvents {
  private final Mpsc.Sender<String> announcements;

  OrderEvents(Mpsc.Sender<String> announcements) {
    this.announcements = announcements;
  }

  /** The mistake: {@code send} only makes the future that would send; nothing awaits it. */
  @Async
  Future<Integer> place(String order, int quantity) {
    announcements.send(order + " x" + quantity);
    return completed(quantity);
  }

  /** The mistake: the audit task's handle is dropped, neither awaited nor detached. */
  void audit(Executor executor, String order) {
    executor.spawn(place(order, 0));
  }
}
