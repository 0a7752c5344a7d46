package dev.patina.runtime.queue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * The Michael–Scott unbounded lock-free FIFO queue ("Simple, Fast, and Practical Non-Blocking and
 * Blocking Concurrent Queue Algorithms", PODC 1996): a singly linked list with a dummy head node,
 * one node allocated per {@code offer}.
 *
 * <p>{@link #offer}, {@link #poll}, {@link #peek} and {@link #isEmpty} are linearizable and
 * lock-free: a thread retries only when another thread's CAS succeeded. {@link #size()} walks the
 * list and is not linearizable (see there). The tail may lag one node behind the last node; any
 * thread that sees the lag swings it forward (the algorithm's "helping"). A node that leaves the
 * queue points to itself, so a dead node never keeps later nodes reachable for the garbage
 * collector (as {@link java.util.concurrent.ConcurrentLinkedQueue} does).
 *
 * @param <E> the element type; {@code null} is not an element
 */
public final class MsQueue<E> extends MsQueueLayout.PadAfter implements ConcurrentQueue<E> {

  /** A list node: the dummy head has no item; a node that left the queue has next == itself. */
  static final class Node<E> {
    E item;
    Node<E> next;

    Node(E item) {
      this.item = item; // plain: published by the CAS that links the node (release)
    }
  }

  private static final VarHandle HEAD;
  private static final VarHandle TAIL;
  private static final VarHandle NEXT;
  private static final VarHandle ITEM;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      HEAD = lookup.findVarHandle(MsQueueLayout.Head.class, "head", Node.class);
      TAIL = lookup.findVarHandle(MsQueueLayout.Tail.class, "tail", Node.class);
      NEXT = lookup.findVarHandle(Node.class, "next", Node.class);
      ITEM = lookup.findVarHandle(Node.class, "item", Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** An empty queue. */
  public MsQueue() {
    Node<E> dummy = new Node<>(null);
    // plain: the queue reaches other threads only through safe publication (see ConcurrentQueue)
    head = dummy;
    tail = dummy;
  }

  /** Adds {@code element} at the tail; always returns true. */
  @Override
  public boolean offer(E element) {
    Node<E> node = new Node<>(Objects.requireNonNull(element, "element"));
    while (true) {
      Node<E> t = tail();
      Node<E> next = next(t);
      if (next == null) {
        // volatile CAS: the linearization point of offer (in the synchronization order with every
        // other queue operation); its release half publishes node.item to the consumer that
        // reads this link with acquire
        if (NEXT.compareAndSet(t, null, node)) {
          // release CAS: swings the tail; release because a thread that reads the tail with
          // acquire dereferences node. May fail (another thread helped): the tail is a hint
          TAIL.weakCompareAndSetRelease(this, t, node);
          return true;
        }
      } else if (next != t) {
        // the tail lags behind the last node: help the offer that linked next (release CAS, as
        // above; a failure means someone else moved it)
        TAIL.weakCompareAndSetRelease(this, t, next);
      }
      // next == t: t left the queue after we read the tail; read the tail again
    }
  }

  /** Removes and returns the head, or returns null if the queue is empty. */
  @Override
  public E poll() {
    while (true) {
      Node<E> h = head();
      Node<E> t = tail();
      Node<E> first = next(h);
      if (h == t) {
        if (first == null) {
          // h is the last node, so it is still the head (the head moves only to a linked node):
          // empty at the moment of the read of h.next
          return null;
        }
        // never move the head past the tail: first help the offer that linked first
        TAIL.weakCompareAndSetRelease(this, t, first); // release CAS: as in offer
        continue;
      }
      if (first == h) {
        continue; // h left the queue after we read the head
      }
      // plain: first was read with acquire from the link whose volatile CAS published its item.
      // The value counts only if the CAS below succeeds
      E item = first.item;
      // volatile CAS: the linearization point of poll
      if (HEAD.compareAndSet(this, h, first)) {
        // plain: first is the dummy now; a thread that read the item before this store has a
        // stale head and fails its CAS, and peek re-checks the head after reading the item
        first.item = null;
        // opaque: the self-link tells threads holding h that it left the queue; it publishes
        // nothing, and the value only has to reach them eventually
        NEXT.setOpaque(h, h);
        return item;
      }
    }
  }

  /** Returns the head without removing it, or null if the queue is empty. */
  @Override
  public E peek() {
    while (true) {
      Node<E> h = head();
      Node<E> first = next(h);
      if (first == null) {
        return null; // empty at the read of h.next (see poll)
      }
      if (first == h) {
        continue;
      }
      // acquire: keeps the re-read of the head below after this read, so the item belongs to the
      // node that was first while the head was still h
      @SuppressWarnings("unchecked") // ITEM is the E item field of a Node<E>
      E item = (E) ITEM.getAcquire(first);
      if (item != null && head() == h) {
        return item;
      }
    }
  }

  /**
   * Whether the queue is empty. Linearizable: the head's successor is read once; null means the
   * head had no successor at that moment.
   */
  @Override
  public boolean isEmpty() {
    return next(head()) == null;
  }

  /**
   * Counts the elements by walking the list: O(n), and <em>not linearizable</em> — while other
   * threads offer and poll, the count may be a number the queue never held at any one instant
   * (the walk sees some changes and misses others). Exact when no other thread changes the queue
   * during the call. Saturates at {@link Integer#MAX_VALUE}.
   */
  @Override
  public int size() {
    restart:
    while (true) {
      int n = 0;
      for (Node<E> p = next(head()); p != null; ) {
        if (n < Integer.MAX_VALUE) {
          n++;
        }
        Node<E> q = next(p);
        if (q == p) {
          continue restart; // p left the queue under us: start again from the new head
        }
        p = q;
      }
      return n;
    }
  }

  @SuppressWarnings("unchecked") // HEAD holds a Node<E>
  private Node<E> head() {
    // acquire: the head node was published by a volatile CAS (or safe publication of the queue);
    // acquire makes its fields visible to the reads that follow
    return (Node<E>) HEAD.getAcquire(this);
  }

  @SuppressWarnings("unchecked") // TAIL holds a Node<E>
  private Node<E> tail() {
    return (Node<E>) TAIL.getAcquire(this); // acquire: as for the head, pairs with the release CAS
  }

  @SuppressWarnings("unchecked") // NEXT of a Node<E> holds a Node<E>
  private static <E> Node<E> next(Node<E> node) {
    // acquire: pairs with the volatile CAS that linked the successor, so its item is visible
    return (Node<E>) NEXT.getAcquire(node);
  }
}
