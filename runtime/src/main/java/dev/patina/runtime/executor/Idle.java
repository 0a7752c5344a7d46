package dev.patina.runtime.executor;

import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Which workers are searching for work and which are asleep, so that new work wakes a sleeper only
 * when nobody is already looking (Tokio's {@code Idle}), and no work is ever left behind by a
 * worker that went to sleep.
 *
 * <p>The protocol, and why no wake-up is lost:
 *
 * <ul>
 *   <li>A pusher makes a task visible (deque push, injection push), then calls {@link
 *       #notifyParked()}, which fences and reads the searcher count: if someone is searching it
 *       returns, else it wakes one sleeper and counts it as searching.
 *   <li>A worker that found nothing stops searching, {@linkplain #register registers} as a sleeper,
 *       fences, and looks at every queue once more before it parks.
 * </ul>
 *
 * <p>Both sides are "write, full fence, read", so in any execution one of them sees the other: the
 * pusher sees a searcher (which had not yet stopped, and so will look again after registering) or
 * a sleeper (which it wakes), or the sleeper's last look sees the task.
 */
final class Idle {

  private final int workers;
  // volatile RMW: the count of workers looking for work; read after a fence by pushers
  private final AtomicInteger searching = new AtomicInteger();
  // all guarded by the monitor of this
  private final Worker[] sleepers;
  private int sleeping;
  // volatile: written under the monitor, read without it as the pushers' fast path
  private volatile int sleepingHint;

  Idle(int workers) {
    this.workers = workers;
    this.sleepers = new Worker[workers];
  }

  /**
   * A worker would like to steal. Returns false when half the workers already search (Tokio's
   * limit, which keeps thieves from outnumbering the work).
   */
  boolean tryStartSearching() {
    int s = searching.get(); // volatile read: a heuristic; the increment below is what counts
    if (workers > 1 && 2 * s >= workers) {
      return false;
    }
    searching.incrementAndGet(); // volatile RMW
    return true;
  }

  /** A worker stops searching; returns true if it was the last searcher. */
  boolean stopSearching() {
    return searching.decrementAndGet() == 0; // volatile RMW
  }

  /** New work was made visible: wake one sleeper unless somebody is searching already. */
  void notifyParked() {
    // full fence: orders the pusher's write of the task (a release store in the deque) before the
    // reads below; without it the store could wait in a store buffer while we read stale counts
    VarHandle.fullFence();
    if (searching.get() != 0 || sleepingHint == 0) { // volatile reads after the fence
      return;
    }
    Worker w;
    synchronized (this) {
      if (sleeping == 0) {
        return;
      }
      w = sleepers[--sleeping];
      sleepers[sleeping] = null;
      sleepingHint = sleeping;
      searching.incrementAndGet(); // the woken worker starts out searching
      w.notified = true; // volatile write: the sleeper's park loop reads it
    }
    LockSupport.unpark(w.thread());
  }

  /** A worker is about to sleep; afterwards it must look at every queue once more. */
  void register(Worker w) {
    synchronized (this) {
      sleepers[sleeping++] = w;
      sleepingHint = sleeping;
    }
    // full fence: orders the registration before the worker's last look at the queues (which are
    // opaque and acquire loads); see the class comment
    VarHandle.fullFence();
  }

  /**
   * A registered worker found work after all. Returns true if it took itself off the list; false
   * if a notifier already took it (and counted it as searching).
   */
  boolean unregister(Worker w) {
    synchronized (this) {
      for (int i = 0; i < sleeping; i++) {
        if (sleepers[i] == w) {
          sleepers[i] = sleepers[--sleeping];
          sleepers[sleeping] = null;
          sleepingHint = sleeping;
          return true;
        }
      }
      return false;
    }
  }

  /** Wakes every sleeper (shutdown). */
  void wakeAll() {
    Worker[] all;
    synchronized (this) {
      all = sleepers.clone();
    }
    for (Worker w : all) {
      if (w != null) {
        LockSupport.unpark(w.thread());
      }
    }
  }

  /** Workers searching now (a snapshot, for tests). */
  int searching() {
    return searching.get();
  }
}
