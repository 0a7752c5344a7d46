package dev.patina.runtime.future;

/**
 * The failure of a task or future that was cancelled before it finished. A cancelled {@code @Async}
 * method sees it thrown at the {@code await} it was suspended in, so its {@code finally} blocks and
 * try-with-resources run.
 */
public final class CancelledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A cancellation; {@code what} says what was cancelled, e.g. {@code "task 17"}. */
  public CancelledException(String what) {
    super(what + " was cancelled");
  }
}
