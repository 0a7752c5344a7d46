package dev.patina.runtime.executor;

import dev.patina.runtime.future.Future;
import dev.patina.runtime.task.Coop;
import dev.patina.runtime.task.OwnedTasks;
import dev.patina.runtime.task.Scheduler;
import dev.patina.runtime.task.Task;
import java.util.concurrent.RejectedExecutionException;

/** What every executor does with a task: admit it at spawn, and run it with a budget. */
final class Tasks {

  private Tasks() {}

  /**
   * A new task for {@code future}, registered in {@code owned} and handed to {@code scheduler}.
   *
   * @throws RejectedExecutionException if the executor {@code name} is shut down
   */
  static <T> Task<T> spawn(Future<T> future, Scheduler scheduler, OwnedTasks owned, boolean shutdown, String name) {
    Task<T> task = new Task<>(future, scheduler);
    if (shutdown || !owned.add(task)) {
      throw new RejectedExecutionException(name + " is shut down: no more tasks are accepted");
    }
    scheduler.schedule(task);
    return task;
  }

  /** Polls {@code task} once with a {@link Coop} budget of {@code budget} operations. */
  static void runBudgeted(Task<?> task, int budget) {
    int previous = Coop.beginPoll(budget);
    try {
      task.run();
    } finally {
      Coop.endPoll(previous);
    }
  }
}
