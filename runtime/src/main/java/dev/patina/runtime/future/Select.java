package dev.patina.runtime.future;

import java.util.List;

/**
 * Racing futures: {@link #either} for two, {@link #any} for a list. The first child to finish —
 * with a value or with a failure — decides the result, and the others are dropped at once
 * (through {@link Cancellable}, so they release what they hold), like Tokio's {@code select!}.
 * Each poll polls only the children woken since the last one; children that are ready at the same
 * poll are decided in the order they were woken.
 */
public final class Select {

  private Select() {}

  /** Which of two futures won, with its value. */
  public sealed interface Either<A, B> {}

  /** The first future won with {@code value}. */
  public record First<A, B>(A value) implements Either<A, B> {}

  /** The second future won with {@code value}. */
  public record Second<A, B>(B value) implements Either<A, B> {}

  /** The winner of {@link #any}: its position in the list and its value. */
  public record Winner<T>(int index, T value) {}

  /** A future of whichever of {@code first} and {@code second} finishes first. */
  public static <A, B> Future<Either<A, B>> either(Future<A> first, Future<B> second) {
    return new Pair<>(first, second);
  }

  /**
   * A future of the first of {@code futures} to finish.
   *
   * @throws IllegalArgumentException if {@code futures} is empty (nothing could ever win)
   */
  public static <T> Future<Winner<T>> any(List<? extends Future<? extends T>> futures) {
    if (futures.isEmpty()) {
      throw new IllegalArgumentException("Select.any of no futures would never finish");
    }
    return new Any<>(futures);
  }

  /** {@link #either}: an {@link Any} of two, with the winner typed again. */
  private static final class Pair<A, B> implements Future<Either<A, B>>, Cancellable {
    private final Any<Object> any;

    Pair(Future<A> first, Future<B> second) {
      this.any = new Any<>(List.of(first, second));
    }

    @Override
    @SuppressWarnings("unchecked") // index 0 is the Future<A>, index 1 the Future<B>
    public Poll<Either<A, B>> poll(Context cx) {
      return switch (any.poll(cx)) {
        case Poll.Ready<Winner<Object>>(Winner<Object> w) ->
            Poll.ready(w.index() == 0 ? new First<>((A) w.value()) : new Second<>((B) w.value()));
        case Poll.Failed<Winner<Object>>(Throwable cause) -> Poll.failed(cause);
        case Poll.Pending<Winner<Object>> p -> Poll.pending();
      };
    }

    @Override
    public void cancel(CancelledException cause) {
      any.cancel(cause);
    }
  }

  /** The state machine behind {@link #any}. */
  static final class Any<T> extends ChildFutures<Winner<T>> {

    Any(List<? extends Future<? extends T>> futures) {
      super(futures);
    }

    @Override
    @SuppressWarnings("unchecked") // the child at index is a Future<? extends T>
    Poll<Winner<T>> childDone(int index, Poll<?> poll) {
      return switch (poll) {
        case Poll.Ready<?>(Object value) -> Poll.ready(new Winner<>(index, (T) value));
        case Poll.Failed<?>(Throwable cause) -> Poll.failed(cause);
        case Poll.Pending<?> p -> throw new IllegalStateException("a pending child was reported done");
      };
    }

    @Override
    Poll<Winner<T>> allDone() {
      throw new IllegalStateException("every child finished without a winner"); // childDone always decides
    }
  }
}
