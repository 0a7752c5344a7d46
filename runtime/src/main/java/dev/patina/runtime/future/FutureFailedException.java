package dev.patina.runtime.future;

/**
 * Thrown by {@link Futures#blockOn} and {@link Poll#valueOrThrow()} when a future failed with a
 * checked exception, which is its cause. Unchecked failures are rethrown as they are.
 */
public final class FutureFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Wraps the checked failure {@code cause} of a future. */
  public FutureFailedException(Throwable cause) {
    super("the future failed: " + cause, cause);
  }

  /** Throws {@code cause} if it is unchecked, otherwise returns it wrapped for the caller to throw. */
  static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException unchecked) {
      throw unchecked;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new FutureFailedException(cause);
  }
}
