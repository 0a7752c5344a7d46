package dev.patina.bench.executor;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;

/** A future that is ready once {@link #finish()} was called, on any thread: the end of one op. */
final class Done implements Future<Void> {

  /** The ready poll every benchmark future returns: shared, so finishing allocates nothing. */
  static final Poll<Void> READY = Poll.ready(null);

  /** A shared ready poll with a value, for the hand-off benchmark. */
  static final Poll<Integer> READY_ONE = Poll.ready(1);

  private volatile boolean finished;
  private volatile Waker waiter;

  void finish() {
    finished = true;
    Waker w = waiter;
    if (w != null) {
      w.wake();
    }
  }

  @Override
  public Poll<Void> poll(Context cx) {
    if (finished) {
      return READY;
    }
    waiter = cx.waker();
    return finished ? READY : Poll.pending();
  }
}
