package dev.patina.runtime.executor;

import dev.patina.runtime.queue.WorkStealingDeque;
import dev.patina.runtime.task.Task;
import java.util.concurrent.locks.LockSupport;

/**
 * One worker of a {@link WorkStealingExecutor}: a thread, its Chase–Lev deque, and its LIFO slot.
 *
 * <p>Where the next task comes from, in order: every {@value #INJECT_INTERVAL} ticks the injection
 * queue first (so tasks spawned from outside are not starved by busy workers); the LIFO slot,
 * which holds the task this worker woke or spawned last (a message's receiver runs right after its
 * sender, while the message is in cache), at most {@value #MAX_LIFO_STREAK} times in a row; the
 * worker's own deque; the injection queue; and last, as a searching worker, the other workers'
 * deques starting at a random one (moving up to half of a victim's tasks at once). With nothing
 * anywhere it parks (see {@link Idle}).
 *
 * <p>The worker takes from its deque at the top, with the deque's {@code steal}, like a thief —
 * first in, first out — rather than popping its newest task at the bottom: Chase–Lev's LIFO pop
 * gives locality but not fairness, and on one worker (no thieves) a pair of tasks that keep waking
 * each other would starve everything older. Tokio has the same split: a FIFO local queue, plus a
 * LIFO slot for locality.
 */
final class Worker implements Runnable {

  /** Every this many ticks the injection queue is looked at first (Tokio's 61). */
  static final int INJECT_INTERVAL = 61;

  /** The LIFO slot is used at most this many times in a row (Tokio's 3). */
  static final int MAX_LIFO_STREAK = 3;

  /** At most this many tasks are moved from a victim after one successful steal. */
  static final int STEAL_BATCH = 64;

  private final WorkStealingExecutor pool;
  private final int index;
  final WorkStealingDeque<Task<?>> deque = new WorkStealingDeque<>(256);
  private Thread thread;

  // the rest is touched by this worker's thread only (plain fields), except notified
  private Task<?> lifo;
  private int lifoStreak;
  private int tick;
  private boolean searching;
  private int random;
  // volatile: set by a notifier (under the Idle lock) before it unparks this worker
  volatile boolean notified;

  Worker(WorkStealingExecutor pool, int index) {
    this.pool = pool;
    this.index = index;
    this.random = 0x9E3779B9 * (index + 1);
  }

  void start(Thread t) {
    this.thread = t;
    t.start();
  }

  Thread thread() {
    return thread;
  }

  int index() {
    return index;
  }

  WorkStealingExecutor pool() {
    return pool;
  }

  @Override
  public void run() {
    Executor previous = CurrentExecutor.enter(pool);
    try {
      while (!pool.isShutdown()) {
        Task<?> t = next();
        if (t == null) {
          t = search();
        }
        if (t == null) {
          park();
          continue;
        }
        if (searching) {
          searching = false;
          if (pool.idle().stopSearching()) {
            pool.idle().notifyParked(); // the last searcher found work: there may be more
          }
        }
        Tasks.runBudgeted(t, pool.budget());
      }
    } finally {
      CurrentExecutor.exit(previous);
    }
  }

  /** A task from this worker's own sources, or null. */
  private Task<?> next() {
    tick++;
    if (tick % INJECT_INTERVAL == 0) {
      Task<?> t = pool.inject().pop();
      if (t != null) {
        return t;
      }
    }
    Task<?> l = lifo;
    if (l != null) {
      lifo = null;
      if (lifoStreak < MAX_LIFO_STREAK) {
        lifoStreak++;
        return l;
      }
      deque.push(l); // to the back: the streak is over
    }
    lifoStreak = 0;
    Task<?> t = takeOwn();
    return t != null ? t : pool.inject().pop();
  }

  /** The oldest task of this worker's deque (see the class comment), or null if it is empty. */
  private Task<?> takeOwn() {
    while (true) {
      Task<?> t = deque.steal();
      if (t != null || deque.isEmpty()) {
        return t;
      }
      // lost a race with a thief for that element: look again
    }
  }

  /** As a searching worker: a task stolen from another worker or taken from the injection queue. */
  private Task<?> search() {
    if (!searching) {
      if (!pool.idle().tryStartSearching()) {
        return null;
      }
      searching = true;
    }
    Worker[] all = pool.workers();
    int n = all.length;
    random ^= random << 13; // xorshift: a random first victim spreads thieves over the workers
    random ^= random >>> 17;
    random ^= random << 5;
    int start = Math.floorMod(random, n);
    for (int i = 0; i < n; i++) {
      Worker victim = all[(start + i) % n];
      if (victim == this) {
        continue;
      }
      Task<?> t = stealFrom(victim);
      if (t != null) {
        takeMoreFrom(victim);
        return t;
      }
    }
    return pool.inject().pop();
  }

  /**
   * After a successful steal, moves up to half of what the victim still has (at most {@value
   * #STEAL_BATCH}) into this worker's deque, so that the two stop taking from the same end of one
   * deque, one CAS each (Tokio's thieves take half a queue at once).
   */
  private void takeMoreFrom(Worker victim) {
    int more = Math.min(victim.deque.size() / 2, STEAL_BATCH);
    for (int i = 0; i < more; i++) {
      Task<?> t = victim.deque.steal();
      if (t == null) {
        return;
      }
      deque.push(t);
    }
  }

  private static Task<?> stealFrom(Worker victim) {
    for (int attempt = 0; attempt < 4; attempt++) {
      Task<?> t = victim.deque.steal();
      if (t != null || victim.deque.isEmpty()) {
        return t;
      }
    }
    return null; // contended: other thieves are on it
  }

  /** Nothing to do: register as a sleeper, look once more, then park until notified. */
  private void park() {
    Idle idle = pool.idle();
    if (searching) {
      searching = false;
      idle.stopSearching();
    }
    notified = false;
    idle.register(this);
    if (pool.hasWork() || pool.isShutdown()) {
      if (!idle.unregister(this)) {
        searching = true; // a notifier took us off the list and counted us as searching
      }
      return;
    }
    while (!notified && !pool.isShutdown()) { // volatile reads
      LockSupport.park(this);
    }
    searching = notified; // woken by a notifier, which counted us as searching
  }

  /**
   * Schedules {@code t}, woken or spawned on this worker's thread: into the LIFO slot, the task it
   * displaces into the deque (where other workers can steal it, so one of them is notified).
   */
  void scheduleLocal(Task<?> t) {
    Task<?> previous = lifo;
    lifo = t;
    if (previous != null) {
      deque.push(previous);
      pool.idle().notifyParked();
    }
  }

  /** Schedules {@code t}, which yielded on this worker: to the back of the deque. */
  void scheduleYield(Task<?> t) {
    deque.push(t);
    pool.idle().notifyParked();
  }

  /** Whether this worker's deque has tasks (a snapshot; the LIFO slot is not counted). */
  boolean hasQueued() {
    return !deque.isEmpty();
  }

  /** After the worker thread ended: empties the deque and the LIFO slot (shutdown). */
  void drainAfterStop() {
    lifo = null;
    while (!deque.isEmpty()) {
      deque.steal();
    }
  }
}
