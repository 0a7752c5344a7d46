package dev.patina.runtime.sync;

import dev.patina.runtime.future.Waker;

/**
 * The FIFO of futures waiting on one primitive: an intrusive doubly linked list, so that queueing
 * and unlinking a waiter allocate nothing (the waiter is the node).
 *
 * <p>Every method except {@link #isEmptyHint()} must be called with the owner's lock held; the
 * owner (a semaphore, a notify) uses the queue object itself as that lock.
 */
final class WaitQueue {

  /** A queued future: the links, and the waker to wake when it is granted what it waits for. */
  abstract static class Waiter {
    // all guarded by the queue's lock
    Waiter prev;
    Waiter next;
    boolean queued;
    Waker waker;

    /**
     * Stores {@code waker} unless the stored one already wakes the same task: called under the
     * lock, so a granter reading {@link #waker} sees either this one or a newer one.
     */
    final void register(Waker waker) {
      if (this.waker == null || !waker.willWake(this.waker)) {
        this.waker = waker;
      }
    }

    /**
     * For a poll of a queued waiter: keeps {@code w} as its waker. Returns false if the waiter
     * has left {@code queue} (granted, notified or closed out) meanwhile, so that the caller
     * looks at its status again.
     */
    final boolean stillWaiting(WaitQueue queue, Waker w) {
      if (w.willWake(waker)) {
        // waker is written only by the owner (this thread), so reading it without the lock is
        // fine; if a granter took us out meanwhile it wakes this same waker
        return true;
      }
      synchronized (queue) {
        if (queued) {
          register(w);
          return true;
        }
      }
      return false;
    }
  }

  private Waiter tail;
  // volatile: written under the lock, read without it by release paths that skip the lock when
  // nobody waits; with the permit CAS it forms a Dekker pair (see Semaphore.release)
  private volatile Waiter head;

  /** Whether no one waits; exact under the lock, a hint without it. */
  boolean isEmptyHint() {
    return head == null;
  }

  Waiter peek() {
    return head;
  }

  void pushBack(Waiter w) {
    w.prev = tail;
    w.next = null;
    if (tail == null) {
      head = w;
    } else {
      tail.next = w;
    }
    tail = w;
    w.queued = true;
  }

  /** Unlinks {@code w}, which must be queued here. */
  void remove(Waiter w) {
    Waiter p = w.prev;
    Waiter n = w.next;
    if (p == null) {
      head = n;
    } else {
      p.next = n;
    }
    if (n == null) {
      tail = p;
    } else {
      n.prev = p;
    }
    w.prev = null;
    w.next = null;
    w.queued = false;
  }

  /** Unlinks and returns the first waiter, or null. */
  Waiter pollFirst() {
    Waiter w = head;
    if (w != null) {
      remove(w);
    }
    return w;
  }
}
