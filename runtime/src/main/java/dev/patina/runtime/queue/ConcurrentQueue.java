package dev.patina.runtime.queue;

/**
 * A FIFO queue that any number of threads may offer to and poll from at once, without locks:
 * {@link MsQueue} (unbounded, linked) and {@link MpmcArrayQueue} (bounded, an array).
 *
 * <p>Elements are never {@code null}; {@code null} from {@link #poll} and {@link #peek} means the
 * queue was empty. Everything a thread did before {@code offer(x)} returned true happens before
 * everything the thread that polls {@code x} does after {@code poll} returns it.
 *
 * <p>Create a queue before the threads that use it start, or hand it to them through a final
 * field, a volatile field or another concurrent structure (safe publication).
 *
 * @param <E> the element type
 */
public interface ConcurrentQueue<E> {

  /**
   * Adds {@code element} at the tail. Returns false, and changes nothing, when a bounded queue is
   * full; an unbounded queue always returns true.
   *
   * @throws NullPointerException if {@code element} is null
   */
  boolean offer(E element);

  /** Removes and returns the head, or returns null if the queue is empty. */
  E poll();

  /** Returns the head without removing it, or null if the queue is empty. */
  E peek();

  /** Whether the queue is empty at the moment of the call (linearizable in both queues). */
  boolean isEmpty();

  /**
   * The number of elements. Each implementation says whether this is linearizable or only an
   * estimate while other threads change the queue.
   */
  int size();
}
