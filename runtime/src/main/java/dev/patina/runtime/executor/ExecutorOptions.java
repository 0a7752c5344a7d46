package dev.patina.runtime.executor;

import dev.patina.runtime.task.Coop;
import java.time.Duration;
import java.util.Objects;

/**
 * How an executor is set up: a name for its threads, the {@link Coop} budget of each poll, and the
 * size and keep-alive of its blocking pool.
 *
 * @param name the prefix of the executor's thread names
 * @param budget operations per poll ({@link Coop#DEFAULT_BUDGET}), or {@link Coop#UNCONSTRAINED}
 * @param maxBlockingThreads the cap of the blocking pool (Tokio's default is 512)
 * @param blockingKeepAlive how long an idle blocking thread waits for work before it ends
 */
public record ExecutorOptions(String name, int budget, int maxBlockingThreads, Duration blockingKeepAlive) {

  public ExecutorOptions {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(blockingKeepAlive, "blockingKeepAlive");
    if (budget < 0 && budget != Coop.UNCONSTRAINED) {
      throw new IllegalArgumentException("budget " + budget + " is negative");
    }
    if (maxBlockingThreads < 1) {
      throw new IllegalArgumentException("maxBlockingThreads must be at least 1, not " + maxBlockingThreads);
    }
  }

  /** Tokio's defaults: budget 128, at most 512 blocking threads, retired after 10 s idle. */
  public static ExecutorOptions defaults(String name) {
    return new ExecutorOptions(name, Coop.DEFAULT_BUDGET, 512, Duration.ofSeconds(10));
  }

  /** These options with another per-poll budget. */
  public ExecutorOptions withBudget(int newBudget) {
    return new ExecutorOptions(name, newBudget, maxBlockingThreads, blockingKeepAlive);
  }

  /** These options with another blocking pool cap and keep-alive. */
  public ExecutorOptions withBlockingPool(int maxThreads, Duration keepAlive) {
    return new ExecutorOptions(name, budget, maxThreads, keepAlive);
  }
}
