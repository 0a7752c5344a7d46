package dev.patina.runtime.future;

import java.util.Objects;

/**
 * The outcome of one {@link Future#poll}: ready with a value, failed with an exception, or pending.
 *
 * <p>Match on it with a pattern {@code switch}:
 *
 * <pre>{@code
 * switch (future.poll(cx)) {
 *   case Poll.Ready<Integer>(var n) -> use(n);
 *   case Poll.Failed<Integer>(var e) -> handle(e);
 *   case Poll.Pending<Integer> p -> { }   // the waker will be woken
 * }
 * }</pre>
 *
 * @param <T> the type of the value
 */
public sealed interface Poll<T> permits Poll.Ready, Poll.Failed, Poll.Pending {

  /** The future finished with {@code value} (which may be {@code null} for {@code Void}). */
  record Ready<T>(T value) implements Poll<T> {
    // records are immutable, so one ready-with-null serves every future that finishes without a
    // value (Void); see Poll.ready()
    private static final Ready<?> NULL = new Ready<>(null);
  }

  /** The future finished by throwing {@code cause}. */
  record Failed<T>(Throwable cause) implements Poll<T> {
    public Failed {
      Objects.requireNonNull(cause, "cause");
    }
  }

  /** Not finished yet; the waker of the poll will be woken when it is worth polling again. */
  final class Pending<T> implements Poll<T> {
    private static final Pending<?> INSTANCE = new Pending<>();

    private Pending() {}

    @Override
    public String toString() {
      return "Pending";
    }
  }

  /** A ready poll with {@code value} (for no value, {@link #ready()} allocates nothing). */
  static <T> Poll<T> ready(T value) {
    return new Ready<>(value);
  }

  /**
   * A ready poll with the value {@code null}, as a {@code Future<Void>} finishes: one shared
   * instance, so returning it allocates nothing.
   */
  @SuppressWarnings("unchecked") // it holds null, which is a value of every T
  static <T> Poll<T> ready() {
    return (Poll<T>) Ready.NULL;
  }

  /** A failed poll with {@code cause}. */
  static <T> Poll<T> failed(Throwable cause) {
    return new Failed<>(cause);
  }

  /** The pending poll; one shared instance, so returning it allocates nothing. */
  @SuppressWarnings("unchecked") // Pending holds no value, so one instance serves every T
  static <T> Poll<T> pending() {
    return (Poll<T>) Pending.INSTANCE;
  }

  /** Whether this poll finished the future (ready or failed). */
  default boolean isDone() {
    return !(this instanceof Pending);
  }

  /**
   * The value of a ready poll; a failed poll rethrows its cause (unchecked causes as they are,
   * checked ones wrapped in {@link FutureFailedException}).
   *
   * @throws IllegalStateException if the poll is pending
   */
  default T valueOrThrow() {
    return switch (this) {
      case Ready<T>(T value) -> value;
      case Failed<T>(Throwable cause) -> throw FutureFailedException.rethrow(cause);
      case Pending<T> p -> throw new IllegalStateException("the future is still pending");
    };
  }
}
