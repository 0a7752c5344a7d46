package dev.patina.checkers.ownership.compiled;

import static dev.patina.runtime.async.Await.await;
import static dev.patina.runtime.async.Await.completed;

import dev.patina.async.Async;
import dev.patina.ownership.Borrowed;
import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import dev.patina.ownership.NotSend;
import dev.patina.ownership.Owned;
import dev.patina.runtime.future.Future;

/**
 * {@code @Async} methods that reach the ownership checker's tests as class files (Maven compiles
 * them with the test classes, before the harness runs): the checker cannot see their bodies and
 * must judge their futures by their parameters ({@code tests/ownership/AsyncFutures.java}).
 */
public final class CompiledTasks {

  private CompiledTasks() {}

  /** A surface of the UI toolkit: it stays on the thread that made it. */
  @NotSend
  public static final class Surface {
    public int width() {
      return 1;
    }
  }

  /** A batch its owner must close. */
  @Linear
  public static final class Batch {
    public int size() {
      return 1;
    }

    @Consume
    public void close() {}
  }

  /** Uses the surface only before its first await; unseen, the checker must assume the worst. */
  @Async
  public static Future<Integer> render(Surface surface) {
    int w = surface.width();
    await(completed(w));
    return completed(w);
  }

  /** Holds nothing that must stay on its thread. */
  @Async
  public static Future<Integer> twice(int n, String label) {
    int a = await(completed(n));
    return completed(a + label.length());
  }

  /** Borrows the batch for as long as its future runs. */
  @Async
  public static Future<Integer> measure(@Borrowed Batch batch) {
    return completed(batch.size());
  }

  /** Owns the batch: its future closes it. */
  @Async
  public static Future<Integer> drain(@Owned Batch batch) {
    int n = batch.size();
    batch.close();
    return completed(n);
  }
}
