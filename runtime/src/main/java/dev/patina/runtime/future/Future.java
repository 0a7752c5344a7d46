package dev.patina.runtime.future;

/**
 * A value that is not there yet, computed by {@linkplain #poll polling}.
 *
 * <p>The contract is in the {@linkplain dev.patina.runtime.future package documentation}: a future
 * is lazy, a pending poll has arranged for the context's waker to be woken, a finished future is
 * not polled again, and polling in steady state allocates nothing. Futures are state machines:
 * {@code @Async} methods are rewritten into implementations of this interface, and the
 * combinators of the runtime are written the same way by hand.
 *
 * @param <T> the type of the value
 */
@FunctionalInterface
public interface Future<T> {

  /**
   * Advances the computation as far as it can go without blocking.
   *
   * @param cx carries the waker to wake if this returns pending
   * @return ready with the value, failed with the exception, or pending
   */
  Poll<T> poll(Context cx);

  /** A future that is ready with {@code value} at its first poll. */
  static <T> Future<T> ready(T value) {
    Poll<T> ready = Poll.ready(value);
    return cx -> ready;
  }

  /** A future that fails with {@code cause} at its first poll. */
  static <T> Future<T> failed(Throwable cause) {
    Poll<T> failed = Poll.failed(cause);
    return cx -> failed;
  }
}
