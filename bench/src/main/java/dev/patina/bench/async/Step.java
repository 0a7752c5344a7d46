package dev.patina.bench.async;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;

/**
 * A future awaited again and again without being made again, so that an {@code await} of it costs
 * only the await: {@link #READY} is ready at every poll; {@link #suspending} is pending at every
 * other poll (it wakes its task first, as {@code Yield} does), so each {@code await} of it
 * suspends the machine once and resumes it at the next poll. Neither allocates when polled.
 */
final class Step implements Future<Integer> {

  private static final Poll<Integer> ONE = Poll.ready(1);

  /** Ready with 1 at every poll. */
  static final Future<Integer> READY = cx -> ONE;

  private boolean suspended; // plain: polled by one thread

  private Step() {}

  /** A fresh step that suspends each await of it once; reuse it for every await. */
  static Step suspending() {
    return new Step();
  }

  @Override
  public Poll<Integer> poll(Context cx) {
    if (suspended) {
      suspended = false;
      return ONE;
    }
    suspended = true;
    cx.waker().wake();
    return Poll.pending();
  }
}
