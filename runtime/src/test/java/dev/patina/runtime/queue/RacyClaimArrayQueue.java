package dev.patina.runtime.queue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * A deliberately broken Vyukov queue, the negative control of the queue tests: a producer claims
 * its index by reading the producer index and then writing index + 1 (check-then-act) instead of
 * one CAS. Two producers that read the same index both "claim" it, write the same slot, and one
 * element is lost. Worse, a producer that stalls between its read and its write can move the
 * index back after another producer claimed two more, and the next offer then spins forever on a
 * slot ahead of the index. Everything else is {@link MpmcArrayQueue}'s algorithm, without padding and
 * comments, so that the tests see the same operations behave the same way except for this race.
 *
 * <p>The Lincheck tests ({@code BrokenQueueIsCaughtTest}) and a jcstress test in the {@code stress}
 * module must report it; if they did not, they would not be testing what they claim to test.
 *
 * @param <E> the element type
 */
public final class RacyClaimArrayQueue<E> implements ConcurrentQueue<E> {

  private static final VarHandle PRODUCER;
  private static final VarHandle CONSUMER;
  private static final VarHandle SEQUENCE = MethodHandles.arrayElementVarHandle(long[].class);
  private static final VarHandle ELEMENT = MethodHandles.arrayElementVarHandle(Object[].class);

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      PRODUCER = lookup.findVarHandle(RacyClaimArrayQueue.class, "producerIndex", long.class);
      CONSUMER = lookup.findVarHandle(RacyClaimArrayQueue.class, "consumerIndex", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Object[] buffer;
  private final long[] sequence;
  private final int mask;
  private long producerIndex;
  private long consumerIndex;

  /** A queue of {@code capacity} elements; {@code capacity} must be a power of two, at least 2. */
  public RacyClaimArrayQueue(int capacity) {
    if (capacity < 2 || Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity must be a power of two >= 2, was " + capacity);
    }
    buffer = new Object[capacity];
    sequence = new long[capacity];
    for (int i = 0; i < capacity; i++) {
      sequence[i] = i;
    }
    mask = capacity - 1;
  }

  @Override
  public boolean offer(E element) {
    Objects.requireNonNull(element, "element");
    while (true) {
      long p = (long) PRODUCER.getVolatile(this);
      int slot = (int) (p & mask);
      long s = (long) SEQUENCE.getAcquire(sequence, slot);
      if (s == p) {
        PRODUCER.setVolatile(this, p + 1); // THE BUG: check-then-act; MpmcArrayQueue CASes here
        buffer[slot] = element;
        SEQUENCE.setRelease(sequence, slot, p + 1);
        return true;
      } else if (s < p) {
        if (p - buffer.length >= (long) CONSUMER.getVolatile(this)) {
          return false;
        }
        Thread.onSpinWait();
      }
    }
  }

  @Override
  public E poll() {
    while (true) {
      long c = (long) CONSUMER.getVolatile(this);
      int slot = (int) (c & mask);
      long s = (long) SEQUENCE.getAcquire(sequence, slot);
      if (s == c + 1) {
        if (CONSUMER.compareAndSet(this, c, c + 1)) {
          @SuppressWarnings("unchecked") // only E values are stored
          E element = (E) buffer[slot];
          buffer[slot] = null;
          SEQUENCE.setRelease(sequence, slot, c + buffer.length);
          return element;
        }
      } else if (s < c + 1) {
        if (c >= (long) PRODUCER.getVolatile(this)) {
          return null;
        }
        Thread.onSpinWait();
      }
    }
  }

  @Override
  public E peek() {
    while (true) {
      long c = (long) CONSUMER.getVolatile(this);
      int slot = (int) (c & mask);
      long s = (long) SEQUENCE.getAcquire(sequence, slot);
      if (s == c + 1) {
        @SuppressWarnings("unchecked") // only E values are stored
        E element = (E) ELEMENT.getAcquire(buffer, slot);
        if (element != null && c == (long) CONSUMER.getVolatile(this)) {
          return element;
        }
      } else if (s < c + 1) {
        if (c >= (long) PRODUCER.getVolatile(this)) {
          return null;
        }
        Thread.onSpinWait();
      }
    }
  }

  @Override
  public boolean isEmpty() {
    return (long) CONSUMER.getVolatile(this) >= (long) PRODUCER.getVolatile(this);
  }

  @Override
  public int size() {
    long after = (long) CONSUMER.getVolatile(this);
    while (true) {
      long before = after;
      long p = (long) PRODUCER.getVolatile(this);
      after = (long) CONSUMER.getVolatile(this);
      if (before == after) {
        return (int) (p - after);
      }
    }
  }
}
