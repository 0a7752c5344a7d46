package dev.patina.runtime.time;

import dev.patina.runtime.future.Cancellable;
import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.task.Coop;
import dev.patina.units.Unit;
import java.util.Objects;

/**
 * A future that finishes as the future it wraps does, unless a deadline passes first; then it
 * fails with {@link ElapsedException}. Tokio's {@code Timeout}; make one with {@link
 * Time#timeout} or {@link Timer#timeout}.
 *
 * <p>Each poll polls the wrapped future first, then the deadline, so a future that finishes in the
 * same poll as the deadline passes wins. When the deadline wins, the wrapped future is given up
 * the way Rust drops it: it is never polled again, this object lets go of it, and if it is {@link
 * Cancellable} (an {@code @Async} state machine, which then runs its {@code finally} blocks) it is
 * cancelled, or if it is {@link AutoCloseable} (a {@link Sleep}, another {@code Timeout}, a channel
 * receive that holds a registration) it is closed, so it withdraws whatever interest it registered. {@link #close()}
 * does the same without waiting for the deadline. Either way the deadline's sleep is cancelled.
 *
 * <p>As in Tokio, when the wrapped future spends the task's last cooperative budget, the deadline
 * is still checked (without budget), so a future that always exhausts the budget cannot hide the
 * timeout.
 *
 * @param <T> the type of the value
 */
public final class Timeout<T> implements Future<T>, AutoCloseable {

  private Future<T> inner;
  private final Sleep deadline;

  Timeout(Future<T> inner, Sleep deadline) {
    this.inner = Objects.requireNonNull(inner, "future");
    this.deadline = deadline;
  }

  @Override
  public Poll<T> poll(Context cx) {
    Future<T> future = inner;
    if (future == null) {
      throw new IllegalStateException("the timeout has finished or was closed; it cannot be polled again");
    }
    boolean hadBudget = Coop.hasBudget();
    Poll<T> poll = future.poll(cx);
    if (poll.isDone()) {
      inner = null;
      deadline.close();
      return poll;
    }
    boolean budgeted = !(hadBudget && !Coop.hasBudget());
    if (!deadline.poll(cx, budgeted).isDone()) {
      return Poll.pending();
    }
    ElapsedException elapsed = new ElapsedException(deadline.deadline());
    Exception closing = giveUp();
    if (closing != null) {
      elapsed.addSuppressed(closing);
    }
    return Poll.failed(elapsed);
  }

  /** The clock reading by which the wrapped future must finish. */
  public @Unit("ns") long deadline() {
    return deadline.deadline();
  }

  /**
   * Gives up the wrapped future (closing it if it is {@link AutoCloseable}) and cancels the
   * deadline; harmless once the timeout has finished.
   *
   * @throws IllegalStateException if closing the wrapped future threw a checked exception (its
   *     cause); an unchecked one is rethrown as it is
   */
  @Override
  public void close() {
    Exception failure = giveUp();
    if (failure instanceof RuntimeException unchecked) {
      throw unchecked;
    }
    if (failure != null) {
      throw new IllegalStateException("closing the wrapped future failed", failure);
    }
  }

  /**
   * Lets go of the inner future and the deadline; returns what dropping the inner one threw. A
   * {@link Cancellable} future (an {@code @Async} state machine) is cancelled, so its {@code
   * finally} blocks run; an {@link AutoCloseable} one is closed.
   */
  private Exception giveUp() {
    Future<T> future = inner;
    inner = null;
    deadline.close();
    if (future instanceof Cancellable) {
      Throwable failure = Cancellable.drop(future, new CancelledException("a future that timed out"));
      return failure == null ? null : failure instanceof Exception e ? e : new IllegalStateException(failure);
    }
    if (future instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        return e;
      }
    }
    return null;
  }
}
