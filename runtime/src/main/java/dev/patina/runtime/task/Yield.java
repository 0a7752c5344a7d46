package dev.patina.runtime.task;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;

/**
 * A future that gives the executor a chance to run other tasks: pending at its first poll (after
 * waking its task, which goes to the back of the run queue), ready at the second. Tokio's {@code
 * yield_now}.
 */
public final class Yield implements Future<Void> {

  private boolean yielded; // plain: a future is polled by one thread at a time

  private Yield() {}

  /** A fresh yield point; {@code await(Yield.now())} in an {@code @Async} method. */
  public static Yield now() {
    return new Yield();
  }

  @Override
  public Poll<Void> poll(Context cx) {
    if (yielded) {
      return Poll.ready();
    }
    yielded = true;
    cx.waker().wake();
    return Poll.pending();
  }
}
