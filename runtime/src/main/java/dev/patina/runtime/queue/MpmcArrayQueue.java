package dev.patina.runtime.queue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * Dmitry Vyukov's bounded multi-producer multi-consumer array queue ("Bounded MPMC queue",
 * 1024cores.net): a power-of-two ring of slots, each with a sequence number that says whose turn
 * the slot is. A producer claims index {@code p} by CAS on the producer index once slot {@code p
 * & mask} has sequence {@code p} (free), writes the element and sets the sequence to {@code p + 1}
 * (full); a consumer claims index {@code c} once the sequence is {@code c + 1}, takes the element
 * and sets the sequence to {@code c + capacity}, freeing the slot for the next lap.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>FIFO and linearizable: {@code offer}, {@code poll}, {@code peek}, {@code isEmpty} and
 *       {@code size} each take effect at one instant. {@code offer} takes effect when it claims
 *       its index, {@code poll} when it claims its index. As in JCTools, {@code poll} returns null
 *       only when no producer has claimed an index it has not consumed, and {@code offer} returns
 *       false only when every slot is claimed: a poll that finds its slot claimed but not yet
 *       written spins until the producer writes it, instead of answering "empty" for a queue that
 *       is not empty (Vyukov's original answers empty there, which is not linearizable).
 *   <li>Progress: no locks, and threads that find the queue empty or full return at once. It is
 *       not lock-free in the strict sense: a producer suspended between claiming a slot and
 *       writing it makes the consumer of that slot wait (spin) until it runs again; a suspended
 *       consumer makes the producer of the next lap of its slot wait the same way.
 *   <li>No allocation after construction: {@code offer} and {@code poll} allocate nothing.
 * </ul>
 *
 * @param <E> the element type; {@code null} is not an element
 */
public final class MpmcArrayQueue<E> extends MpmcArrayQueueLayout.PadAfter
    implements ConcurrentQueue<E> {

  private static final int MAX_CAPACITY = 1 << 30;

  private static final VarHandle PRODUCER;
  private static final VarHandle CONSUMER;
  private static final VarHandle SEQUENCE = MethodHandles.arrayElementVarHandle(long[].class);
  private static final VarHandle ELEMENT = MethodHandles.arrayElementVarHandle(Object[].class);

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      PRODUCER = lookup.findVarHandle(MpmcArrayQueueLayout.ProducerIndex.class, "producerIndex", long.class);
      CONSUMER = lookup.findVarHandle(MpmcArrayQueueLayout.ConsumerIndex.class, "consumerIndex", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * An empty queue that holds {@code capacity} elements, rounded up to a power of two ({@link
   * #capacity()} says how many).
   *
   * @throws IllegalArgumentException if {@code capacity} is not in 2..2^30 (with one slot the
   *     sequence numbers "full" and "free for the next lap" would be the same number)
   */
  public MpmcArrayQueue(int capacity) {
    super(checkedCapacity(capacity));
  }

  private static int checkedCapacity(int capacity) {
    if (capacity < 2 || capacity > MAX_CAPACITY) {
      throw new IllegalArgumentException(
          "capacity must be in 2.." + MAX_CAPACITY + ", was " + capacity);
    }
    return Capacity.ceilPowerOfTwo(capacity);
  }

  /** How many elements the queue holds when full: a power of two. */
  public int capacity() {
    return buffer.length;
  }

  /** Adds {@code element} at the tail, or returns false if all {@link #capacity()} slots are taken. */
  @Override
  public boolean offer(E element) {
    Objects.requireNonNull(element, "element");
    final long[] seq = sequence;
    final long capacity = seq.length;
    // from the array's own length, so that the JIT can drop the range check of seq[p & mask]
    final int mask = seq.length - 1;
    int spins = 0;
    // the consumer index as last read; read again only when this value cannot show that the slot's
    // consumer has claimed it, so a producer waiting for that consumer spins on the slot alone
    long consumed = Long.MIN_VALUE;
    while (true) {
      // volatile: the full check below compares it with the consumer index, and "full" is
      // linearizable only if both reads are in the synchronization order with the index CASes
      long p = (long) PRODUCER.getVolatile(this);
      int slot = (int) p & mask;
      // acquire: pairs with the release store of the consumer that freed the slot, so its read
      // and clearing of the previous element happen before our write
      long s = (long) SEQUENCE.getAcquire(seq, slot);
      if (s == p) {
        // volatile CAS: claims index p; offer's linearization point. It publishes nothing (the
        // sequence store below does), but as a linearization point it must be in the
        // synchronization order that poll's and size's volatile reads see
        if (PRODUCER.compareAndSet(this, p, p + 1)) {
          buffer[slot] = element; // plain: published by the release store below
          // release: publishes the element (and everything written before offer) to the consumer
          // whose acquire load of the sequence reads p + 1
          SEQUENCE.setRelease(seq, slot, p + 1);
          return true;
        }
      } else if (s < p) {
        // the slot still holds the element of index p - capacity: full, or its consumer has
        // claimed it and is about to free it (then wait for it). Only this path reads the
        // consumers' line; an offer into a free slot touches the slot's lines and ours alone.
        // volatile: see the read of the producer index. "Full" is said only on a fresh read
        if (p - capacity >= consumed && p - capacity >= (consumed = (long) CONSUMER.getVolatile(this))) {
          return false;
        }
        spins = backOff(spins);
      }
      // s > p: another producer claimed p since we read the index; read it again
    }
  }

  /** Removes and returns the head, or returns null if the queue is empty. */
  @Override
  public E poll() {
    final long[] seq = sequence;
    final long capacity = seq.length;
    final int mask = seq.length - 1; // as in offer
    int spins = 0;
    // the producer index as last read, as in offer: a consumer waiting for the producer that has
    // claimed its index to write it spins on the slot, and leaves the producers' line alone
    long produced = Long.MIN_VALUE;
    while (true) {
      // volatile: the empty check compares it with the producer index (see offer)
      long c = (long) CONSUMER.getVolatile(this);
      int slot = (int) c & mask;
      // acquire: pairs with the producer's release store of c + 1, so the element and what the
      // producer wrote before offering it are visible below
      long s = (long) SEQUENCE.getAcquire(seq, slot);
      if (s == c + 1) {
        // volatile CAS: claims index c; poll's linearization point (see offer)
        if (CONSUMER.compareAndSet(this, c, c + 1)) {
          @SuppressWarnings("unchecked") // only E values are stored in the buffer
          E element = (E) buffer[slot]; // plain: ordered after the acquire load of s
          buffer[slot] = null; // plain: ordered before the release store below
          // release: frees the slot for the producer of index c + capacity, after our read and
          // clearing of it (that producer's acquire load of the sequence pairs with this)
          SEQUENCE.setRelease(seq, slot, c + capacity);
          return element;
        }
      } else if (s < c + 1) {
        // index c is not written yet: empty, or its producer has claimed it and is about to
        // write it. Only this path reads the producers' line (see offer). volatile: see offer;
        // "empty" is said only on a fresh read
        if (c >= produced && c >= (produced = (long) PRODUCER.getVolatile(this))) {
          return null;
        }
        spins = backOff(spins);
      }
      // s > c + 1: another consumer took c since we read the index; read it again
    }
  }

  /** Returns the head without removing it, or returns null if the queue is empty. */
  @Override
  public E peek() {
    final long[] seq = sequence;
    final int mask = seq.length - 1; // as in offer
    int spins = 0;
    long produced = Long.MIN_VALUE; // as in poll
    while (true) {
      long c = (long) CONSUMER.getVolatile(this); // volatile: see poll
      int slot = (int) c & mask;
      long s = (long) SEQUENCE.getAcquire(seq, slot); // acquire: see poll
      if (s == c + 1) {
        // acquire: keeps the re-read of the consumer index below after this read, so the element
        // is the one of index c while c was still the head
        @SuppressWarnings("unchecked") // only E values are stored in the buffer
        E element = (E) ELEMENT.getAcquire(buffer, slot);
        // volatile: the head is still c, so no consumer has taken the element we read
        if (element != null && c == (long) CONSUMER.getVolatile(this)) {
          return element;
        }
      } else if (s < c + 1) {
        if (c >= produced && c >= (produced = (long) PRODUCER.getVolatile(this))) { // as in poll
          return null;
        }
        spins = backOff(spins);
      }
    }
  }

  /**
   * Waits a moment for another thread to finish with a slot it has claimed: spins first, then
   * yields, because on a busy machine that thread may have been descheduled mid-operation.
   */
  private static int backOff(int spins) {
    if (spins < 64) {
      Thread.onSpinWait();
    } else {
      Thread.yield();
    }
    return spins + 1;
  }

  /**
   * Whether the queue is empty: linearizable. A claimed index whose element is not written yet
   * counts as an element, as in {@link #poll()}.
   */
  @Override
  public boolean isEmpty() {
    // volatile (both), consumer first: the consumer index never passes the producer index, so
    // equal values mean there was an instant, the second read, with nothing claimed and unconsumed
    long c = (long) CONSUMER.getVolatile(this);
    return c >= (long) PRODUCER.getVolatile(this);
  }

  /**
   * The number of claimed, unconsumed indices: linearizable. It reads the consumer index, the
   * producer index and the consumer index again until the two consumer reads agree, so the
   * producer read is an instant at which both values held.
   */
  @Override
  public int size() {
    // volatile (all three): the argument above needs them in one total order with the CASes
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
