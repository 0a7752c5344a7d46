package dev.patina.bench.queue;

import dev.patina.runtime.queue.ConcurrentQueue;
import dev.patina.runtime.queue.MpmcArrayQueue;
import dev.patina.runtime.queue.MsQueue;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The queues the suite compares, by the names its {@code @Param}s use. The peers are wrapped in
 * {@link ConcurrentQueue}, so every benchmark calls one interface; each fork uses one kind, so the
 * call is monomorphic and the wrapper is inlined away.
 */
enum QueueKind {
  PatinaMpmc {
    @Override
    ConcurrentQueue<Object> create(int capacity) {
      return new MpmcArrayQueue<>(capacity);
    }
  },
  PatinaMs {
    @Override
    ConcurrentQueue<Object> create(int capacity) {
      return new MsQueue<>();
    }
  },
  ConcurrentLinkedQueue {
    @Override
    ConcurrentQueue<Object> create(int capacity) {
      return new Wrapped<>(new ConcurrentLinkedQueue<>());
    }
  },
  ArrayBlockingQueue {
    @Override
    ConcurrentQueue<Object> create(int capacity) {
      return new Wrapped<>(new ArrayBlockingQueue<>(capacity));
    }
  },
  JCToolsMpmc {
    @Override
    ConcurrentQueue<Object> create(int capacity) {
      return new Wrapped<>(new org.jctools.queues.MpmcArrayQueue<>(capacity));
    }
  };

  /** A new, empty queue; bounded kinds hold {@code capacity} elements (a power of two here). */
  abstract ConcurrentQueue<Object> create(int capacity);

  /** A {@link java.util.Queue} seen as a {@link ConcurrentQueue}. */
  private record Wrapped<E>(Queue<E> q) implements ConcurrentQueue<E> {
    @Override
    public boolean offer(E element) {
      return q.offer(element);
    }

    @Override
    public E poll() {
      return q.poll();
    }

    @Override
    public E peek() {
      return q.peek();
    }

    @Override
    public boolean isEmpty() {
      return q.isEmpty();
    }

    @Override
    public int size() {
      return q.size();
    }
  }
}
