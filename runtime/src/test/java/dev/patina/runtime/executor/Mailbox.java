package dev.patina.runtime.executor;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;

/**
 * A test mailbox of one int for one receiver task: {@link #put} from any thread, {@link #take} as
 * a future. Register-then-check on the receiver side, write-then-wake on the sender side.
 */
final class Mailbox {
  private volatile Waker receiver;
  private volatile int value = -1;

  void put(int v) {
    value = v;
    Waker w = receiver;
    if (w != null) {
      w.wake();
    }
  }

  /** Polls for a value other than -1 and takes it (resets the box). */
  Poll<Integer> poll(Context cx) {
    int v = value;
    if (v == -1) {
      Waker w = receiver;
      if (w == null || !w.willWake(cx.waker())) {
        receiver = cx.waker();
      }
      v = value;
      if (v == -1) {
        return Poll.pending();
      }
    }
    value = -1;
    return Poll.ready(v);
  }

  Future<Integer> take() {
    return this::poll;
  }
}
