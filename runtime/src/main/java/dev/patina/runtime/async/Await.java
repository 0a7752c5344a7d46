package dev.patina.runtime.async;

import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;

/**
 * The two calls an {@code @Async} body is written with: {@link #await} suspends until a future is
 * ready and gives its value, {@link #completed} makes the method's result. Import them statically:
 *
 * <pre>{@code
 * import static dev.patina.runtime.async.Await.await;
 * import static dev.patina.runtime.async.Await.completed;
 * }</pre>
 *
 * <p>Both are placeholders that the rewriter replaces: in a rewritten method, {@code await} never
 * reaches this class. If it does, the rewriter did not run on the method, and {@code await} throws
 * {@link NotRewrittenException} rather than block the thread.
 */
public final class Await {

  private Await() {}

  /**
   * The value of {@code future}, once it is ready; the enclosing {@code @Async} method is suspended
   * until then. A failed future throws its failure here, where a surrounding {@code catch} can
   * handle it; a cancelled task throws {@link dev.patina.runtime.future.CancelledException} here,
   * so that {@code finally} blocks run.
   *
   * @throws NotRewrittenException always, when it is called at all: the rewriter replaces every
   *     call in an {@code @Async} method, and {@code await} anywhere else is an error (A0003)
   */
  public static <T> T await(Future<T> future) {
    throw NotRewrittenException.at(StackWalker.getInstance().walk(s -> s.skip(1).findFirst()).orElse(null));
  }

  /**
   * The result of an {@code @Async} method: {@code return completed(value);}. The rewriter turns the
   * return into the machine's result without making this future; called directly, it is a future
   * that is ready with {@code value} at its first poll.
   */
  public static <T> Future<T> completed(T value) {
    return new Completed<>(value);
  }

  /** The future {@link #completed} makes when it is called outside a rewritten return. */
  record Completed<T>(T value) implements Future<T> {
    @Override
    public Poll<T> poll(dev.patina.runtime.future.Context cx) {
      return Poll.ready(value);
    }
  }
}
