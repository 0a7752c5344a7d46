package dev.patina.runtime.time;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Waker;
import java.util.concurrent.atomic.AtomicInteger;

/** A waker that counts its wakes, and a context that carries it. */
final class CountingWaker implements Waker {
  final AtomicInteger wakes = new AtomicInteger();
  final Context cx = new Context(this);

  @Override
  public void wake() {
    wakes.incrementAndGet();
  }

  int wakes() {
    return wakes.get();
  }
}
