package dev.patina.runtime.future;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Waiting for several futures at once: {@link #both} for two, {@link #all} for a list. The children
 * run concurrently inside one task (no extra tasks are spawned); each poll of the join polls only
 * the children that were woken since the last one.
 *
 * <p>The first child to fail fails the join at once, and the other children are dropped (through
 * {@link Cancellable}), like Tokio's {@code try_join!}: waiting for the rest would only delay a
 * result that is already decided. Cancelling the join cancels every unfinished child.
 */
public final class Join {

  private Join() {}

  /** The values of two joined futures. */
  public record Both<A, B>(A first, B second) {}

  /** A future of both values; fails with the first failure. */
  public static <A, B> Future<Both<A, B>> both(Future<A> first, Future<B> second) {
    return new Pair<>(first, second);
  }

  /** A future of every value, in the order of {@code futures}; fails with the first failure. */
  public static <T> Future<List<T>> all(List<? extends Future<? extends T>> futures) {
    return new All<>(futures);
  }

  /** {@link #both}: an {@link All} of two, with the values typed again. */
  private static final class Pair<A, B> implements Future<Both<A, B>>, Cancellable {
    private final All<Object> all;

    Pair(Future<A> first, Future<B> second) {
      this.all = new All<>(List.of(first, second));
    }

    @Override
    @SuppressWarnings("unchecked") // the children are exactly (first, second): the values are an A and a B
    public Poll<Both<A, B>> poll(Context cx) {
      return switch (all.poll(cx)) {
        case Poll.Ready<List<Object>>(List<Object> v) -> Poll.ready(new Both<>((A) v.get(0), (B) v.get(1)));
        case Poll.Failed<List<Object>>(Throwable cause) -> Poll.failed(cause);
        case Poll.Pending<List<Object>> p -> Poll.pending();
      };
    }

    @Override
    public void cancel(CancelledException cause) {
      all.cancel(cause);
    }
  }

  /** The state machine behind {@link #all}. */
  static final class All<T> extends ChildFutures<List<T>> {
    private final Object[] values;

    All(List<? extends Future<? extends T>> futures) {
      super(futures);
      this.values = new Object[futures.size()];
    }

    @Override
    Poll<List<T>> childDone(int index, Poll<?> poll) {
      return switch (poll) {
        case Poll.Ready<?>(Object value) -> {
          values[index] = value;
          yield null;
        }
        case Poll.Failed<?>(Throwable cause) -> Poll.failed(cause);
        case Poll.Pending<?> p -> throw new IllegalStateException("a pending child was reported done");
      };
    }

    @Override
    @SuppressWarnings("unchecked") // values[i] is the value of the Future<? extends T> at index i
    Poll<List<T>> allDone() {
      return Poll.ready((List<T>) Collections.unmodifiableList(Arrays.asList(values)));
    }
  }
}
