package dev.patina.runtime.executor;

import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Cancellable;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import java.util.concurrent.Semaphore;

/**
 * A test future that takes a permit at its first poll and gives it back when it finishes or is
 * cancelled: what a cancelled task must release.
 */
final class Permits implements Future<String>, Cancellable {
  private final Semaphore semaphore;
  private final Future<String> inner;
  private boolean holding;

  Permits(Semaphore semaphore, Future<String> inner) {
    this.semaphore = semaphore;
    this.inner = inner;
  }

  @Override
  public Poll<String> poll(Context cx) {
    if (!holding) {
      if (!semaphore.tryAcquire()) {
        throw new IllegalStateException("no permit left");
      }
      holding = true;
    }
    Poll<String> p = inner.poll(cx);
    if (p.isDone()) {
      semaphore.release();
      holding = false;
    }
    return p;
  }

  @Override
  public void cancel(CancelledException cause) {
    if (holding) {
      holding = false;
      semaphore.release();
    }
    Cancellable.drop(inner, cause);
  }
}
