package dev.patina.bench.channel;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;

/** The smallest executor: one context with a no-op waker, reused for every poll. */
final class Driver {

  private final Context cx = new Context(Waker.noop());

  /** Polls {@code f} once; the benchmarks only poll futures that are ready at once. */
  <T> T now(Future<T> f) {
    Poll<T> p = f.poll(cx);
    if (p instanceof Poll.Ready<T>(T value)) {
      return value;
    }
    throw new IllegalStateException("expected a ready future, got " + p);
  }
}
