package dev.patina.runtime.sync;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;
import java.util.concurrent.atomic.AtomicInteger;

/** A hand-driven task: a context whose waker counts its wakes, and helpers to poll with it. */
final class Probe {
  final AtomicInteger wakes = new AtomicInteger();
  final Waker waker = wakes::incrementAndGet;
  final Context cx = new Context(waker);

  <T> Poll<T> poll(Future<T> f) {
    return f.poll(cx);
  }

  <T> boolean pending(Future<T> f) {
    return !f.poll(cx).isDone();
  }

  /** Polls {@code f}, which must be ready, and returns its value. */
  <T> T ready(Future<T> f) {
    Poll<T> p = f.poll(cx);
    if (!p.isDone()) {
      throw new AssertionError("expected ready, was pending");
    }
    return p.valueOrThrow();
  }

  int wakes() {
    return wakes.get();
  }
}
