package dev.patina.runtime.net;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.io.Interest;
import dev.patina.runtime.io.Registration;
import dev.patina.runtime.task.Coop;
import java.io.IOException;

/**
 * The readiness loop every socket future shares: wait until the direction is ready, try the
 * non-blocking system call, and on "would block" clear the readiness (which re-arms the selector)
 * and wait again. Subclasses supply the one system call ({@link #attempt()}).
 *
 * <p>A future of a stream is reused for the stream's next operation of the same kind ({@link
 * #start()}), so a read or write loop allocates no future per operation.
 */
abstract class IoFuture<T> implements Future<T> {

  private final Interest interest;
  private boolean active;
  private boolean drained;

  IoFuture(Interest interest) {
    this.interest = interest;
  }

  /** The registration to wait on; a connect opens and registers its channel here. */
  abstract Registration registration() throws IOException;

  /**
   * One non-blocking attempt. Returns the finished poll; {@link Poll#pending()} when it made
   * progress but is not finished (the loop tries again, spending budget); or {@code null} when the
   * system call would block.
   */
  abstract Poll<T> attempt() throws IOException;

  /**
   * Called by {@link #attempt()} when its system call moved fewer bytes than it asked for: the
   * socket's buffer was drained (or filled) at that moment, so the direction's readiness is cleared
   * now instead of by one more system call that would block (Tokio does the same). Bytes that
   * arrive afterwards are reported by the reactor as usual.
   */
  final void drained() {
    drained = true;
  }

  /** Called once when the future fails; connect closes its half-open channel here. */
  void onFailure() {}

  /** Makes this future ready to be polled for a new operation. */
  final void start() {
    active = true;
  }

  @Override
  public final Poll<T> poll(Context cx) {
    if (!active) {
      throw new IllegalStateException(
          "an I/O future was polled after it finished; ask the stream for a new one");
    }
    Registration reg;
    try {
      reg = registration();
    } catch (IOException | RuntimeException e) {
      return fail(e);
    }
    while (true) {
      long event = reg.pollReady(interest, cx);
      if (event == Registration.NOT_READY || !Coop.proceed(cx)) {
        return Poll.pending();
      }
      Poll<T> result;
      try {
        result = attempt();
      } catch (IOException | RuntimeException e) {
        return fail(e);
      }
      if (result == null) {
        if (!reg.clearReadiness(interest, event)) {
          return fail(reg.closedException());
        }
        continue;
      }
      if (drained) {
        drained = false;
        // a closed registration is found out by the next operation's system call
        reg.clearReadiness(interest, event);
      }
      if (result.isDone()) {
        active = false;
        return result;
      }
    }
  }

  final Poll<T> fail(Exception e) {
    active = false;
    onFailure();
    return Poll.failed(e);
  }
}
