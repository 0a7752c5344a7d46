package dev.patina.runtime.task;

import java.util.function.Consumer;

/**
 * A FIFO queue of tasks linked through the tasks themselves, so pushing allocates nothing: the
 * injection queue of an executor, which any thread may push to. Guarded by a lock, like Tokio's
 * injection queue; its length is readable without the lock, for the cheap "anything there?" checks
 * of idle workers.
 */
public final class TaskQueue {

  private final Object lock = new Object();
  // guarded by lock
  private Task<?> head;
  private Task<?> tail;
  // volatile: written under the lock, read without it by workers deciding whether to look here;
  // a reader that sees a length > 0 then takes the lock, which orders everything else
  private volatile int length;

  /** Appends {@code task}, which must be in no other queue. Any thread. */
  public void push(Task<?> task) {
    synchronized (lock) {
      task.queueNext = null;
      if (tail == null) {
        head = task;
      } else {
        tail.queueNext = task;
      }
      tail = task;
      length = length + 1;
    }
  }

  /** Removes and returns the oldest task, or null if the queue is empty. Any thread. */
  public Task<?> pop() {
    if (length == 0) { // volatile read: skip the lock when there is nothing
      return null;
    }
    synchronized (lock) {
      Task<?> t = head;
      if (t == null) {
        return null;
      }
      head = t.queueNext;
      if (head == null) {
        tail = null;
      }
      t.queueNext = null;
      length = length - 1;
      return t;
    }
  }

  /** Whether the queue is empty (a snapshot). */
  public boolean isEmpty() {
    return length == 0; // volatile read
  }

  /** The number of queued tasks (a snapshot). */
  public int size() {
    return length; // volatile read
  }

  /** Empties the queue, handing every task to {@code sink} in FIFO order; returns how many. */
  public int drain(Consumer<Task<?>> sink) {
    Task<?> t;
    int n = 0;
    synchronized (lock) {
      t = head;
      head = null;
      tail = null;
      length = 0;
    }
    while (t != null) {
      Task<?> next = t.queueNext;
      t.queueNext = null;
      sink.accept(t);
      n++;
      t = next;
    }
    return n;
  }
}
