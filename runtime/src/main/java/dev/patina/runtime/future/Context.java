package dev.patina.runtime.future;

import java.util.Objects;

/**
 * What a {@link Future} is polled with: the {@link Waker} to wake when it returns pending.
 *
 * <p>An executor keeps one context per task (or per worker) and hands the same object to every
 * poll, so polling allocates nothing. A future that polls an inner future passes its own context
 * on.
 */
public class Context {

  private Waker waker;

  /** A context whose polls register {@code waker}. */
  public Context(Waker waker) {
    this.waker = Objects.requireNonNull(waker, "waker");
  }

  /** The waker to wake when a future polled with this context can make progress. */
  public final Waker waker() {
    return waker;
  }

  /**
   * Points this context at another waker; executors that reuse one context for several tasks call
   * it before each poll. Not for futures.
   */
  protected final void setWaker(Waker waker) {
    this.waker = Objects.requireNonNull(waker, "waker");
  }
}
