package dev.patina.runtime.task;

import java.util.ArrayList;
import java.util.List;

/**
 * The live tasks of one executor, so that shutdown can cancel every one of them (including the
 * ones waiting for a wake, which no run queue holds) and tests can check that none leaked.
 *
 * <p>Tasks are linked through themselves into one of several lists, each with its own lock,
 * chosen by the task's id, so that spawning and completing on different workers seldom meet on a
 * lock and never allocate. Once {@linkplain #close() closed} the set takes no new tasks.
 */
public final class OwnedTasks {

  private static final int SHARDS = 16;

  private final Shard[] shards = new Shard[SHARDS];

  /** An empty, open set. */
  public OwnedTasks() {
    for (int i = 0; i < SHARDS; i++) {
      shards[i] = new Shard();
    }
  }

  private static final class Shard {
    // all guarded by the shard's monitor
    Task<?> head;
    int count;
    boolean closed;
  }

  /** Adds {@code task}; returns false (and adds nothing) if the set is closed. Any thread. */
  public boolean add(Task<?> task) {
    int i = (int) (task.id() & (SHARDS - 1));
    Shard s = shards[i];
    synchronized (s) {
      if (s.closed) {
        return false;
      }
      task.ownedShard = i;
      task.ownedPrev = null;
      task.ownedNext = s.head;
      if (s.head != null) {
        s.head.ownedPrev = task;
      }
      s.head = task;
      s.count++;
      return true;
    }
  }

  /** Removes {@code task} if it is here (a completed task calls this once). Any thread. */
  public void remove(Task<?> task) {
    int i = task.ownedShard;
    if (i < 0) {
      return;
    }
    Shard s = shards[i];
    synchronized (s) {
      if (task.ownedShard < 0) {
        return;
      }
      if (task.ownedPrev != null) {
        task.ownedPrev.ownedNext = task.ownedNext;
      } else {
        s.head = task.ownedNext;
      }
      if (task.ownedNext != null) {
        task.ownedNext.ownedPrev = task.ownedPrev;
      }
      task.ownedPrev = null;
      task.ownedNext = null;
      task.ownedShard = -1;
      s.count--;
    }
  }

  /** How many tasks are live (a snapshot). */
  public int size() {
    int n = 0;
    for (Shard s : shards) {
      synchronized (s) {
        n += s.count;
      }
    }
    return n;
  }

  /**
   * Closes the set to new tasks and returns the tasks live at that moment. The tasks stay in the
   * set until they complete.
   */
  public List<Task<?>> close() {
    List<Task<?>> live = new ArrayList<>();
    for (Shard s : shards) {
      synchronized (s) {
        s.closed = true;
        for (Task<?> t = s.head; t != null; t = t.ownedNext) {
          live.add(t);
        }
      }
    }
    return live;
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    synchronized (shards[0]) {
      return shards[0].closed;
    }
  }
}
