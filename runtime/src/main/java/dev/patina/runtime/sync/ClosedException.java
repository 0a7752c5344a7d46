package dev.patina.runtime.sync;

/**
 * The failure of an operation on a closed primitive: a channel whose other side is gone, a
 * semaphore or mutex that was closed. The message says which side closed it.
 */
public final class ClosedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure whose message, e.g. {@code "the receiver is closed"}, says what closed. */
  public ClosedException(String message) {
    super(message);
  }
}
