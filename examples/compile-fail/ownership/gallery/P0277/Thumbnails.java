// P0277, the future form: a spawned future holds a @NotSend value across an await.
// Rust: "future cannot be sent between threads safely ... note: future is not `Send` as this value
// is used across an await", from `tokio::spawn(async { let rc = Rc::new(..); x.await; rc.len() })`.
package dev.patina.examples.gallery.p0277;

import static dev.patina.runtime.async.Await.await;
import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.ownership.NotSend;
import dev.patina.runtime.executor.WorkStealingExecutor;
import dev.patina.runtime.future.Future;

/** A decoder that keeps per-thread scratch buffers: only the thread that made it may use it. */
@NotSend
final class Decoder {
  int decode(int bytes) {
    return bytes / 2;
  }
}

final class Thumbnails {
  /** Decodes two chunks; the decoder lives across the second chunk's await. */
  @Async
  static Future<Integer> decodeBoth(Future<Integer> first, Future<Integer> second) {
    Decoder decoder = new Decoder();
    int a = decoder.decode(await(first));
    int b = decoder.decode(await(second));   // may resume on another worker than the first
    return completed(a + b);
  }

  static void start(WorkStealingExecutor workers, Future<Integer> first, Future<Integer> second) {
    workers.spawn(decodeBoth(first, second)).detach();
  }
}
