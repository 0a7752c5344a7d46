// P0373: a borrow is captured by a task sent to another thread.
// Rust: E0373, "closure may outlive the current function, but it borrows `log`":
// `fn flush_later(log: &Log) { thread::spawn(|| log.flush()); }`.
package dev.patina.examples.gallery.p0373;

import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import java.util.concurrent.Executor;

/** A write-ahead log: its owner closes it. */
@Linear
final class Log {
  void flush() {}

  @Consume
  void close() {}
}

final class Flusher {
  /** `log` is only borrowed: its owner may close it while the background task still flushes. */
  static void flushLater(Executor background, Log log) {
    background.execute(() -> log.flush());
  }
}
