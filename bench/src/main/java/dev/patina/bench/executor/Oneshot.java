package dev.patina.bench.executor;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;

/**
 * The smallest oneshot channel that {@link PingPongBench} needs (a signal without a value, one
 * sender, one receiver), written here so that the benchmark measures the executor, not a channel
 * library. Not a runtime type: the runtime's channels belong to its sync package.
 */
final class Oneshot implements Future<Void> {
  private volatile boolean sent;
  private volatile Waker receiver;

  void send() {
    sent = true; // volatile write, then the volatile read of receiver: pairs with poll
    Waker w = receiver;
    if (w != null) {
      w.wake();
    }
  }

  @Override
  public Poll<Void> poll(Context cx) {
    if (sent) {
      return Done.READY;
    }
    receiver = cx.waker();
    return sent ? Done.READY : Poll.pending();
  }
}
