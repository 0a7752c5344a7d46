package dev.patina.runtime.task;

import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Cancellable;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A spawned future with its scheduling state: what executors run, what wakers wake and what a
 * {@link JoinHandle} awaits — one object for all three, so spawning allocates one task and waking
 * allocates nothing.
 *
 * <p>The task is its own {@link Waker} and its own {@link Context} (every poll of its future gets
 * the same object). Its state is one {@code int} changed by compare-and-set:
 *
 * <pre>
 *            wake                     run()                 poll pending
 *   IDLE ────────────▶ SCHEDULED ────────────▶ RUNNING ─────────────────▶ IDLE
 *    ▲                    ▲                      │ wake                     
 *    │                    │    poll pending      ▼                          
 *    │                    └───────────────── RUNNING_WOKEN                   
 *    └─ (never)                    poll ready / failed / cancelled ──▶ COMPLETE
 * </pre>
 *
 * <p>A wake in {@code IDLE} schedules the task (exactly one wake wins the CAS, so it is queued
 * once); a wake in {@code SCHEDULED} or {@code RUNNING_WOKEN} does nothing (it is already going to
 * run); a wake in {@code RUNNING} records itself, and the runner re-schedules the task once when
 * the poll returns pending, so a wake that races with a poll is never lost. Two flags ride along:
 * {@code CANCEL} (a cancellation was requested) and {@code DETACHED} (nobody will join).
 *
 * <p>Cancellation takes effect at the task's next scheduling point: if the task is idle it is
 * scheduled; when the runner finds the flag — before a poll, or after a poll that returned pending
 * — it drops the future through {@link Cancellable#drop} (an {@code @Async} state machine resumes at
 * its {@code await} with a {@link CancelledException}, so its {@code finally} blocks run) and
 * completes the task as failed with that exception. A poll that already finished wins: its result
 * stands.
 *
 * <p>Executors create tasks with {@link #Task(Future, Scheduler)}, hand them to their queues and
 * call {@link #run()}; everything else is for {@link JoinHandle} users.
 *
 * @param <T> the type of the future's value
 */
public final class Task<T> extends Context implements Waker, JoinHandle<T> {

  // lifecycle, the low three bits of state
  private static final int IDLE = 0;
  private static final int SCHEDULED = 1;
  private static final int RUNNING = 2;
  private static final int RUNNING_WOKEN = 3;
  private static final int COMPLETE = 4;
  private static final int LIFECYCLE = 0b111;
  // flags
  private static final int CANCEL = 1 << 3;
  private static final int DETACHED = 1 << 4;
  private static final int FLAGS = CANCEL | DETACHED;

  private static final VarHandle STATE;
  private static final AtomicLong IDS = new AtomicLong();

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(Task.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final long id;
  private final Scheduler scheduler;
  // changed only by CAS (volatile semantics); see the class comment for the machine
  private volatile int state = SCHEDULED;
  // plain: only the thread that moved the state to RUNNING touches it, and the CAS that grants
  // RUNNING (a volatile read-modify-write) orders it after the previous runner's release CAS
  private Future<T> future;
  // plain: written once before the volatile CAS to COMPLETE (release), read only after a volatile
  // read of state saw COMPLETE (acquire)
  private Poll<T> result;
  // volatile: the joiner writes it then reads state, the completer writes state then reads it; with
  // both accesses volatile (sequentially consistent) at least one side sees the other, so a join
  // that registers as the task completes is either woken or sees the result
  private volatile Waker joinWaker;

  // intrusive links, so queues and the live-task list allocate no nodes. Plain: each is guarded by
  // the lock of the one structure that holds the task (a task is in at most one run queue at a
  // time, because only the wake that moves it to SCHEDULED enqueues it)
  Task<?> queueNext;
  Task<?> ownedPrev;
  Task<?> ownedNext;
  int ownedShard = -1;

  /**
   * A task for {@code future}, owned by {@code scheduler}, in state {@code SCHEDULED}: the caller
   * must hand it to its run queue.
   */
  public Task(Future<T> future, Scheduler scheduler) {
    super(Waker.noop());
    this.future = Objects.requireNonNull(future, "future");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.id = IDS.incrementAndGet();
    setWaker(this);
  }

  /** A number that identifies this task in messages and reports; unique in this JVM. */
  public long id() {
    return id;
  }

  /** Where this task is in its life, for reports and tests (a snapshot). */
  public TaskState state() {
    return switch (state & LIFECYCLE) { // volatile read: a fresh snapshot
      case IDLE -> TaskState.IDLE;
      case SCHEDULED -> TaskState.SCHEDULED;
      case RUNNING, RUNNING_WOKEN -> TaskState.RUNNING;
      default -> TaskState.COMPLETE;
    };
  }

  // ---- executor side -------------------------------------------------------------------------

  /**
   * Polls the future once, if the task is scheduled; for executors, which call it on the thread
   * that took the task from a run queue (with a {@link Coop} budget around it). A task that is no
   * longer scheduled (cancelled at shutdown while it sat in a queue) is skipped.
   */
  public void run() {
    int s = state; // volatile read (acquire): pairs with the release CAS that scheduled the task
    while (true) {
      if ((s & LIFECYCLE) != SCHEDULED) {
        return;
      }
      // volatile CAS: grants this thread the future; acquire side of the previous runner's release
      int witness = (int) STATE.compareAndExchange(this, s, (s & FLAGS) | RUNNING);
      if (witness == s) {
        break;
      }
      s = witness;
    }
    if ((s & CANCEL) != 0) {
      cancelOwned();
      return;
    }
    Poll<T> poll;
    try {
      poll = future.poll(this);
    } catch (RuntimeException | Error e) { // a future that throws fails its task, not the worker
      poll = Poll.failed(e);
    }
    if (poll.isDone()) {
      complete(poll);
      return;
    }
    afterPending();
  }

  /** A pending poll ends: back to IDLE, or re-scheduled once if a wake came in during the poll. */
  private void afterPending() {
    int s = state; // volatile read: wakes and cancels during the poll changed it
    while (true) {
      if ((s & CANCEL) != 0) {
        cancelOwned();
        return;
      }
      boolean woken = (s & LIFECYCLE) == RUNNING_WOKEN;
      int next = (s & FLAGS) | (woken ? SCHEDULED : IDLE);
      // volatile CAS (release): publishes this poll's writes to the future to the next runner
      int witness = (int) STATE.compareAndExchange(this, s, next);
      if (witness == s) {
        if (woken) {
          scheduler.yieldNow(this);
        }
        return;
      }
      s = witness;
    }
  }

  /**
   * Cancels this task at shutdown, when no worker will run it again: a task that is idle or
   * queued is dropped here, on the calling thread; a task that is running (a blocking task on its
   * thread) is flagged and its result discarded by no one. Returns the state it was found in.
   */
  public TaskState cancelAtShutdown() {
    int s = state; // volatile read
    while (true) {
      int life = s & LIFECYCLE;
      if (life == COMPLETE) {
        return TaskState.COMPLETE;
      }
      if (life == RUNNING || life == RUNNING_WOKEN) {
        // volatile CAS: the runner reads the flag after its poll and drops the future itself
        int witness = (int) STATE.compareAndExchange(this, s, s | CANCEL);
        if (witness == s) {
          return TaskState.RUNNING;
        }
        s = witness;
        continue;
      }
      // volatile CAS (acquire): takes the future from whoever last ran it
      int witness = (int) STATE.compareAndExchange(this, s, (s & FLAGS) | CANCEL | RUNNING);
      if (witness == s) {
        cancelOwned();
        return life == SCHEDULED ? TaskState.SCHEDULED : TaskState.IDLE;
      }
      s = witness;
    }
  }

  /** Drops the future (this thread holds RUNNING) and completes the task as cancelled. */
  private void cancelOwned() {
    CancelledException cause = new CancelledException("task " + id);
    Throwable hookFailed = Cancellable.drop(future, cause);
    if (hookFailed != null) {
      scheduler.unhandled(this, hookFailed);
    }
    complete(Poll.failed(cause));
  }

  private void complete(Poll<T> poll) {
    future = null; // plain: drop the future so what it references can be collected
    result = poll; // plain: published by the volatile CAS below
    // the executor stops counting the task before it is marked COMPLETE: a joiner that sees COMPLETE
    // (acquire, after this release CAS) sees liveTasks() without it (found by ExecutorStressTest in CI)
    scheduler.release(this);
    int s = state; // volatile read
    while (true) {
      // volatile CAS (release): publishes result to joiners that read COMPLETE
      int witness = (int) STATE.compareAndExchange(this, s, (s & FLAGS) | COMPLETE);
      if (witness == s) {
        break;
      }
      s = witness;
    }
    Waker joiner = joinWaker; // volatile read after the volatile CAS: see the field's comment
    if (joiner != null) {
      joiner.wake();
    }
    if ((s & DETACHED) != 0) {
      reportIfFailed(poll);
    }
  }

  private void reportIfFailed(Poll<T> poll) {
    if (poll instanceof Poll.Failed<T>(Throwable cause) && !(cause instanceof CancelledException)) {
      scheduler.unhandled(this, cause);
    }
  }

  // ---- waker side ----------------------------------------------------------------------------

  /** Schedules this task to be polled again; see the class comment. Any thread; allocates nothing. */
  @Override
  public void wake() {
    int s = state; // volatile read
    while (true) {
      int life = s & LIFECYCLE;
      int next;
      if (life == IDLE) {
        next = (s & FLAGS) | SCHEDULED;
      } else if (life == RUNNING) {
        next = (s & FLAGS) | RUNNING_WOKEN;
      } else if (life == COMPLETE) {
        return; // it will not be polled again
      } else {
        // already scheduled, or already woken while running: nothing to change, but the CAS of
        // the same value still is a volatile write, which the runner's CAS to RUNNING reads, so
        // what this waker wrote before waking is visible to the poll it is counting on
        next = s;
      }
      // volatile CAS: exactly one waker wins the move out of IDLE, so the task is queued once; the
      // release half publishes what the waker wrote before waking (the value it sent, say)
      int witness = (int) STATE.compareAndExchange(this, s, next);
      if (witness == s) {
        if (life == IDLE) {
          scheduler.schedule(this);
        }
        return;
      }
      s = witness;
    }
  }

  // ---- join side -----------------------------------------------------------------------------

  @Override
  public Poll<T> poll(Context cx) {
    if ((state & LIFECYCLE) == COMPLETE) { // volatile read (acquire): result is visible
      return result;
    }
    Waker w = cx.waker();
    Waker registered = joinWaker; // volatile read
    if (registered == null || !registered.willWake(w)) {
      joinWaker = w; // volatile write, then the volatile read below: see the field's comment
    }
    if ((state & LIFECYCLE) == COMPLETE) {
      return result;
    }
    return Poll.pending();
  }

  @Override
  public boolean cancel() {
    int s = state; // volatile read
    while (true) {
      int life = s & LIFECYCLE;
      if (life == COMPLETE || (s & CANCEL) != 0) {
        return false;
      }
      int next = life == IDLE ? (s & FLAGS) | CANCEL | SCHEDULED : s | CANCEL;
      // volatile CAS: the runner reads the flag with its own CAS, so it cannot miss it
      int witness = (int) STATE.compareAndExchange(this, s, next);
      if (witness == s) {
        if (life == IDLE) {
          scheduler.schedule(this);
        }
        return true;
      }
      s = witness;
    }
  }

  @Override
  public void detach() {
    int s = state; // volatile read
    while (true) {
      if ((s & DETACHED) != 0) {
        return;
      }
      // volatile CAS: complete() reads the flag from the state it replaces
      int witness = (int) STATE.compareAndExchange(this, s, s | DETACHED);
      if (witness == s) {
        break;
      }
      s = witness;
    }
    if ((s & LIFECYCLE) == COMPLETE) {
      reportIfFailed(result); // completed before the detach: nobody else will look at a failure
    }
  }

  @Override
  public boolean isDone() {
    return (state & LIFECYCLE) == COMPLETE; // volatile read
  }

  @Override
  public boolean isCancelled() {
    return isDone() && result instanceof Poll.Failed<T>(Throwable cause) && cause instanceof CancelledException;
  }

  @Override
  public String toString() {
    return "task " + id + " (" + state() + ")";
  }
}
