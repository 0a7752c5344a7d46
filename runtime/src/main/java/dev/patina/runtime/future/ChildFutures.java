package dev.patina.runtime.future;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The machinery {@link Join} and {@link Select} share: a fixed set of child futures, each with its
 * own waker and context (allocated once, with the combinator), and a lock-free stack of the
 * children woken since the last poll, so a poll polls only those.
 *
 * <p>A child's waker pushes the child onto the stack (once: a flag keeps it from being pushed
 * twice) and wakes the combinator's latest waker. A poll first records the caller's waker, then
 * takes the whole stack with one swap and polls each child on it, oldest wake first, after clearing
 * its flag, so a wake during the child's poll queues it again. Nothing is allocated after
 * construction.
 *
 * @param <R> the combinator's result
 */
abstract sealed class ChildFutures<R> implements Future<R>, Cancellable permits Join.All, Select.Any {

  private final Future<?>[] children; // an entry is nulled once that child finished or was dropped
  private final Context[] contexts;
  // the children woken since the last poll, newest first (a Treiber stack taken whole by polls)
  private final AtomicReference<ChildWaker> woken = new AtomicReference<>();
  // volatile: written by the poll before it takes the stack, read by child wakers after pushing,
  // so a wake either lands in the stack the poll takes or wakes the waker that poll recorded
  private volatile Waker parent;
  private int unfinished;
  private boolean finished;

  ChildFutures(List<? extends Future<?>> futures) {
    int n = futures.size();
    this.children = new Future<?>[n];
    this.contexts = new Context[n];
    this.unfinished = n;
    for (int i = 0; i < n; i++) {
      children[i] = java.util.Objects.requireNonNull(futures.get(i), "child future " + i);
    }
    ChildWaker head = null;
    for (int i = 0; i < n; i++) { // all start woken (pushed in order): the first poll polls each
      ChildWaker w = new ChildWaker(this, i);
      contexts[i] = new Context(w);
      w.queued = 1;
      w.next = head;
      head = w;
    }
    woken.set(head); // volatile write: publishes the initial stack
  }

  /** Child {@code index} finished with {@code poll}; returns a result to finish the combinator. */
  abstract Poll<R> childDone(int index, Poll<?> poll);

  /** All children finished and none of them finished the combinator: its result. */
  abstract Poll<R> allDone();

  /** Children that have not finished yet. */
  final int unfinished() {
    return unfinished;
  }

  @Override
  public final Poll<R> poll(Context cx) {
    if (finished) {
      throw new IllegalStateException("a finished " + getClass().getSimpleName() + " was polled again");
    }
    if (unfinished == 0) { // no children at all
      finished = true;
      return allDone();
    }
    Waker w = cx.waker();
    Waker p = parent; // volatile read
    if (p == null || !p.willWake(w)) {
      parent = w; // volatile write before the swap below: see the field's comment
    }
    ChildWaker c = oldestFirst(woken.getAndSet(null)); // volatile swap: takes all pushed so far
    while (c != null) {
      ChildWaker next = c.next;
      c.next = null;
      c.queued = 0; // volatile write: before the child's poll, so a wake during it queues it again
      Future<?> child = children[c.index];
      if (child != null) {
        Poll<?> poll = pollChild(child, c.index);
        if (poll.isDone()) {
          children[c.index] = null;
          unfinished--;
          Poll<R> result = childDone(c.index, poll);
          if (result == null && unfinished == 0) {
            result = allDone();
          }
          if (result != null) {
            finished = true;
            dropRest(null);
            return result;
          }
        }
      }
      c = next;
    }
    return Poll.pending();
  }

  /** Reverses the taken stack in place, so children are polled in the order they were woken. */
  private static ChildWaker oldestFirst(ChildWaker newest) {
    ChildWaker reversed = null;
    ChildWaker c = newest;
    while (c != null) {
      ChildWaker next = c.next;
      c.next = reversed;
      reversed = c;
      c = next;
    }
    return reversed;
  }

  private Poll<?> pollChild(Future<?> child, int index) {
    try {
      return child.poll(contexts[index]);
    } catch (RuntimeException | Error e) { // a child that throws fails like a child that failed
      return Poll.failed(e);
    }
  }

  /** Drops the children that have not finished (a cancellation, or the losers of a race). */
  private void dropRest(CancelledException given) {
    CancelledException cause = given;
    for (int i = 0; i < children.length; i++) {
      Future<?> child = children[i];
      if (child != null) {
        children[i] = null;
        if (cause == null) {
          cause = new CancelledException("a child of a finished " + getClass().getSimpleName());
        }
        Cancellable.drop(child, cause);
      }
    }
  }

  @Override
  public final void cancel(CancelledException cause) {
    finished = true;
    dropRest(cause);
  }

  /** The waker of one child: queues the child and wakes the combinator. */
  private static final class ChildWaker implements Waker {
    private static final VarHandle QUEUED;

    static {
      try {
        QUEUED = MethodHandles.lookup().findVarHandle(ChildWaker.class, "queued", int.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private final ChildFutures<?> owner;
    private final int index;
    // 1 while this child is on the stack; set by the CAS in wake, cleared by the poll
    volatile int queued;
    // plain: written before the CAS that pushes this waker (release), read after the swap that
    // takes it (acquire)
    ChildWaker next;

    ChildWaker(ChildFutures<?> owner, int index) {
      this.owner = owner;
      this.index = index;
    }

    @Override
    public void wake() {
      // volatile CAS: one wake pushes the child; the others find it queued and stop (the parent
      // was or will be woken by the one that pushed)
      if (!QUEUED.compareAndSet(this, 0, 1)) {
        return;
      }
      AtomicReference<ChildWaker> stack = owner.woken;
      ChildWaker head;
      do {
        head = stack.get(); // volatile read
        next = head;
      } while (!stack.compareAndSet(head, this)); // volatile CAS (release): publishes next
      Waker p = owner.parent; // volatile read after the push: see the field's comment
      if (p != null) {
        p.wake();
      }
    }
  }
}
