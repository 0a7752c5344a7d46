package dev.patina.runtime.task;

import dev.patina.runtime.future.Context;

/**
 * Cooperative scheduling: a budget of operations per poll of a task, so that one task that always
 * finds work ready (a busy channel, a socket that never blocks) cannot starve the others.
 *
 * <p>An executor gives each poll of a task a budget ({@link #DEFAULT_BUDGET} operations, the
 * figure Tokio uses) with {@link #beginPoll(int)} and takes it back with {@link #endPoll(int)}.
 * Resources — channels, locks, sockets, timers — call {@link #proceed(Context)} before each
 * operation that would complete without waiting: while budget is left it is consumed and the
 * operation goes ahead; once it is used up, the resource wakes the task and returns pending, so
 * the task yields to the executor and is polled again later. Outside an executor's poll (in {@code
 * Futures.blockOn}, in tests) the budget is unconstrained.
 *
 * <p>The budget is per thread: a poll runs on one thread from start to end, and a thread-local
 * counter costs no allocation and no synchronization.
 */
public final class Coop {

  /** Operations per poll of a task: Tokio's figure, which its authors measured to cut tail latency. */
  public static final int DEFAULT_BUDGET = 128;

  /** The budget of a thread that is not inside an executor's poll. */
  public static final int UNCONSTRAINED = -1;

  private static final ThreadLocal<Budget> BUDGET = ThreadLocal.withInitial(Budget::new);

  private Coop() {}

  /** A thread's remaining budget; a mutable holder, so consuming allocates nothing. */
  private static final class Budget {
    int remaining = UNCONSTRAINED;
  }

  /**
   * Called by a resource before an operation that would complete at once. Returns true when the
   * operation may go ahead (one unit of budget consumed). Returns false when the task has used up
   * its budget: then the task's waker has been woken and the resource must return pending.
   */
  public static boolean proceed(Context cx) {
    Budget b = BUDGET.get();
    if (b.remaining == UNCONSTRAINED) {
      return true;
    }
    if (b.remaining > 0) {
      b.remaining--;
      return true;
    }
    cx.waker().wake();
    return false;
  }

  /** Whether the current poll still has budget left (true outside an executor). */
  public static boolean hasBudget() {
    int remaining = BUDGET.get().remaining;
    return remaining == UNCONSTRAINED || remaining > 0;
  }

  /**
   * For executors: starts a poll with {@code budget} operations ({@link #UNCONSTRAINED} for none)
   * and returns the budget that was in force, to be handed back to {@link #endPoll(int)}.
   */
  public static int beginPoll(int budget) {
    if (budget < 0 && budget != UNCONSTRAINED) {
      throw new IllegalArgumentException("budget " + budget + " is negative");
    }
    Budget b = BUDGET.get();
    int previous = b.remaining;
    b.remaining = budget;
    return previous;
  }

  /** For executors: ends a poll, restoring the budget {@link #beginPoll(int)} returned. */
  public static void endPoll(int previous) {
    BUDGET.get().remaining = previous;
  }
}
