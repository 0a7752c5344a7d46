package dev.patina.runtime.sync;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The storage of a bounded mpsc channel: a ring of slots with one sequence number each (Vyukov's
 * bounded queue), and a fair {@link Semaphore} of free places that senders wait on.
 *
 * <p>A sender takes a permit before it claims a slot, and the receiver frees a slot before it
 * gives the permit back, so at most {@code capacity} slots are claimed and not yet freed: the
 * ring (a power of two at least {@code capacity}) always has the claimed slot free, and sends
 * never spin on a full ring. No allocation per message.
 */
final class BoundedChan<T> extends Chan<T> {

  private static final VarHandle SEQ = MethodHandles.arrayElementVarHandle(long[].class);
  private static final VarHandle TAIL =
      Handles.field(MethodHandles.lookup(), BoundedChan.class, "tail", long.class);

  final Semaphore permits;
  private final int capacity;
  private final Object[] slots;
  /** seq[i] == p: slot i is free for position p; p + 1: it holds the message of position p. */
  private final long[] seqs;
  private final int mask;

  // positions claimed by senders (getAndAdd)
  @SuppressWarnings("unused") // accessed through TAIL
  private volatile long tail;
  // confined to the receiver
  private long head;

  BoundedChan(int capacity) {
    if (capacity < 1 || capacity > 1 << 30) {
      throw new IllegalArgumentException("capacity " + capacity + " is not in 1..2^30");
    }
    this.capacity = capacity;
    int size = Integer.highestOneBit(capacity);
    if (size < capacity) {
      size <<= 1;
    }
    slots = new Object[size];
    seqs = new long[size];
    for (int i = 0; i < size; i++) {
      seqs[i] = i;
    }
    mask = size - 1;
    permits = new Semaphore(capacity, "the receiver is closed");
  }

  int capacity() {
    return capacity;
  }

  @Override
  void store(T value) {
    // getAndAdd: each sender gets its own position; no ordering needed beyond atomicity, the
    // slot's sequence carries the publication
    long t = (long) TAIL.getAndAdd(this, 1L);
    int i = (int) t & mask;
    // acquire: the receiver's release of this slot (it nulled the old message) happened before;
    // with a permit in hand this holds at once, the loop only guards the invariant
    while ((long) SEQ.getAcquire(seqs, i) != t) {
      Thread.onSpinWait();
    }
    slots[i] = value;
    // release: publishes the message to the receiver's acquire read of the sequence
    SEQ.setRelease(seqs, i, t + 1);
  }

  @Override
  boolean hasPublished() {
    // acquire: pairs with store's release, so the slot's message is visible to take
    return (long) SEQ.getAcquire(seqs, (int) head & mask) == head + 1;
  }

  @Override
  @SuppressWarnings("unchecked") // only T values are stored
  T take() {
    int i = (int) head & mask;
    T v = (T) slots[i];
    slots[i] = null;
    // release: the slot is free for position head + size once this is seen, and the nulling
    // above is ordered before a sender's write of the new message
    SEQ.setRelease(seqs, i, head + slots.length);
    head++;
    return v;
  }

  @Override
  boolean claimedAhead() {
    // volatile read: a claim is a getAndAdd on tail
    return (long) TAIL.getVolatile(this) != head;
  }

  @Override
  void afterTake() {
    // after the slot was freed: the permit lets a sender claim a slot
    permits.release(1);
  }

  @Override
  void onRxClose() {
    permits.close();
  }
}
