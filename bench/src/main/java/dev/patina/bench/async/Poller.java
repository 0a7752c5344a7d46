package dev.patina.bench.async;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;

/**
 * Polls a future to completion on the benchmark thread with one context (a no-op waker) reused for
 * every poll: the cost of the future itself, without an executor's per-call setup. The futures
 * measured are never pending for long: each pending poll has already arranged to be ready at the
 * next one, so the loop never spins.
 */
final class Poller {

  private final Context cx = new Context(Waker.noop());

  /** Polls {@code f} until it is done; its value, or its failure thrown. */
  <T> T run(Future<T> f) {
    while (true) {
      Poll<T> p = f.poll(cx);
      if (p.isDone()) {
        return p.valueOrThrow();
      }
    }
  }
}
