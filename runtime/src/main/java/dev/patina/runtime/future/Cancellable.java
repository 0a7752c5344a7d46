package dev.patina.runtime.future;

/**
 * A future that must learn when it is dropped unfinished, so that it can give back what it holds (a
 * permit, a buffer, a connection) and run its {@code finally} blocks — Rust's {@code Drop} for a
 * future.
 *
 * <p>When a task is cancelled (or a combinator drops a losing child), the owner of the future calls
 * {@link #cancel} exactly once, on the thread that would have polled it, never concurrently with a
 * poll, and never polls the future again. A future that was never polled may be cancelled too. The
 * future must not wake anyone and should not block; failures it throws are reported by the owner
 * and otherwise ignored. A future that holds other futures cancels those it has not finished.
 *
 * <p>This is how {@code @Async} state machines are cancelled: the rewriter makes them implement
 * this interface, and {@code cancel} resumes the body at the {@code await} it is suspended in by
 * throwing {@code cause} there, so that {@code catch}, {@code finally} and try-with-resources run.
 * Futures that hold nothing need not implement it: dropping them is enough.
 */
public interface Cancellable {

  /**
   * The future is dropped unfinished: release what it holds.
   *
   * @param cause the cancellation, to be thrown at the point the future is suspended in
   */
  void cancel(CancelledException cause);

  /**
   * Cancels {@code future} if it is {@link Cancellable}; otherwise does nothing. Returns the failure
   * its cancel hook threw, or null.
   */
  static Throwable drop(Future<?> future, CancelledException cause) {
    if (future instanceof Cancellable c) {
      try {
        c.cancel(cause);
      } catch (RuntimeException | Error e) { // a cancel hook that throws must not stop the owner from dropping the rest
        return e;
      }
    }
    return null;
  }
}
