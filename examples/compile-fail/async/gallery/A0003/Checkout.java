// A0003: await outside an @Async method, or inside a lambda in one.
// Rust: E0728 ("`await` is only allowed inside `async` functions and blocks"); an `.await` in a
// closure inside an async fn is the same error.
// Here a checkout sums its line prices: once with await inside a stream's lambda, which is not part
// of the method's state machine, and once in a method that is not @Async at all.
package dev.patina.examples.gallery.a0003;

import static dev.patina.runtime.async.Await.await;
import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.runtime.future.Future;
import java.util.List;

/** Sums the prices of a cart's lines, each a future from the pricing service. */
final class Checkout {

  /** The mistake: the lambda's body runs when the stream calls it, where nothing can suspend. */
  @Async
  Future<Integer> total(List<Future<Integer>> prices) {
    int sum = prices.stream().mapToInt(p -> await(p)).sum();
    return completed(sum);
  }

  /** The mistake: a method that is not @Async cannot await. */
  int shipping(Future<Integer> quote) {
    return await(quote) + 5;
  }
}
