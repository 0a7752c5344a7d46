package dev.patina.runtime.sync;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The storage of an unbounded mpsc channel: Vyukov's intrusive MPSC linked queue. A send swaps
 * itself in as the tail (one atomic exchange, wait-free) and links the old tail to it; the
 * receiver follows the links. One node (24 bytes with compressed references) per message.
 */
final class UnboundedChan<T> extends Chan<T> {

  private static final VarHandle TAIL =
      Handles.field(MethodHandles.lookup(), UnboundedChan.class, "tail", Node.class);
  private static final VarHandle NEXT =
      Handles.field(MethodHandles.lookup(), Node.class, "next", Node.class);

  static final class Node<T> {
    // written before the node is linked (release), read after the link is seen (acquire)
    T value;
    @SuppressWarnings("unused") // accessed through NEXT
    volatile Node<T> next;

    Node(T value) {
      this.value = value;
    }
  }

  // confined to the receiver: the last node taken (a stub whose value is gone)
  private Node<T> head = new Node<>(null);

  @SuppressWarnings("unused") // accessed through TAIL
  private volatile Node<T> tail = head;

  @Override
  @SuppressWarnings("unchecked") // the exchange returns a Node<T>
  void store(T value) {
    Node<T> n = new Node<>(value);
    // getAndSet: orders the senders; the node is now the tail but not yet reachable from head
    Node<T> prev = (Node<T>) TAIL.getAndSet(this, n);
    // release: publishes n.value to the receiver's acquire read of next
    NEXT.setRelease(prev, n);
  }

  @Override
  boolean hasPublished() {
    // acquire: pairs with store's release
    return NEXT.getAcquire(head) != null;
  }

  @Override
  @SuppressWarnings("unchecked") // only T values are stored
  T take() {
    Node<T> n = (Node<T>) NEXT.getAcquire(head);
    T v = n.value;
    n.value = null;
    head = n;
    return v;
  }

  @Override
  boolean claimedAhead() {
    // volatile read: a claim is the exchange on tail
    return TAIL.getVolatile(this) != head;
  }
}
