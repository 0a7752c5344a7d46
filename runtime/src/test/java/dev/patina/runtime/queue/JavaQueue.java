package dev.patina.runtime.queue;

import java.util.Objects;
import java.util.Queue;

/** A {@link java.util.Queue} seen as a {@link ConcurrentQueue}, for the tests' positive controls. */
public record JavaQueue<E>(Queue<E> queue) implements ConcurrentQueue<E> {

  public JavaQueue {
    Objects.requireNonNull(queue, "queue");
  }

  @Override
  public boolean offer(E element) {
    return queue.offer(element);
  }

  @Override
  public E poll() {
    return queue.poll();
  }

  @Override
  public E peek() {
    return queue.peek();
  }

  @Override
  public boolean isEmpty() {
    return queue.isEmpty();
  }

  @Override
  public int size() {
    return queue.size();
  }
}
