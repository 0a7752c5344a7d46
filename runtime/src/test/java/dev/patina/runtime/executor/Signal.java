package dev.patina.runtime.executor;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;
import java.util.concurrent.atomic.AtomicReference;

/** A test future completed by hand from any thread: pending until {@link #complete}. */
final class Signal<T> implements Future<T> {
  private final AtomicReference<Waker> waker = new AtomicReference<>();
  private volatile Poll<T> value;

  void complete(T v) {
    value = Poll.ready(v);
    Waker w = waker.get();
    if (w != null) {
      w.wake();
    }
  }

  boolean hasWaiter() {
    return waker.get() != null;
  }

  @Override
  public Poll<T> poll(Context cx) {
    waker.set(cx.waker());
    Poll<T> v = value;
    return v != null ? v : Poll.pending();
  }
}
