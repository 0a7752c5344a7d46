package dev.patina.runtime.executor;

import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.task.JoinHandle;
import dev.patina.runtime.task.Scheduler;
import dev.patina.runtime.task.Task;
import dev.patina.runtime.task.TaskState;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The threads that run blocking work for an executor ({@link Executor#spawnBlocking}): created on
 * demand up to a cap, reused while busy, and retired after they have been idle for the keep-alive
 * time. Work beyond the cap waits in a FIFO queue. Each job is a {@link Task} whose future calls
 * the supplier in its only poll, so a job's handle is an ordinary {@link JoinHandle}.
 */
final class BlockingPool implements Scheduler {

  private final String name;
  private final int maxThreads;
  private final long keepAliveNanos;
  private final Executor owner;
  private final Scheduler failures;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition available = lock.newCondition();
  // all guarded by lock
  private final ArrayDeque<Task<?>> queue = new ArrayDeque<>();
  private int threads;
  private int idle;
  private int running;
  private int started;
  private boolean shutdown;

  BlockingPool(String name, int maxThreads, Duration keepAlive, Executor owner, Scheduler failures) {
    if (maxThreads < 1) {
      throw new IllegalArgumentException("a blocking pool needs at least one thread, not " + maxThreads);
    }
    this.name = name;
    this.maxThreads = maxThreads;
    this.keepAliveNanos = keepAlive.toNanos();
    this.owner = owner;
    this.failures = failures;
  }

  /** The future of a blocking job: one poll runs the supplier to its end. */
  private record Work<T>(Supplier<T> supplier) implements Future<T> {
    @Override
    public Poll<T> poll(dev.patina.runtime.future.Context cx) {
      return Poll.ready(supplier.get());
    }
  }

  <T> JoinHandle<T> spawn(Supplier<T> work) {
    Task<T> task = new Task<>(new Work<>(Objects.requireNonNull(work, "work")), this);
    lock.lock();
    try {
      if (shutdown) {
        throw new RejectedExecutionException(name + " is shut down: no more blocking work is accepted");
      }
      queue.addLast(task);
      if (queue.size() <= idle) {
        available.signal(); // an idle thread will take it; signalled ones still count as idle
      } else if (threads < maxThreads) {
        threads++;
        started++;
        Thread t = new Thread(this::workLoop, name + "-blocking-" + started);
        t.setDaemon(true);
        t.start();
      }
    } finally {
      lock.unlock();
    }
    return task;
  }

  private void workLoop() {
    Executor previous = CurrentExecutor.enter(owner);
    try {
      Task<?> task;
      while ((task = next()) != null) {
        try {
          task.run();
        } finally {
          lock.lock();
          try {
            running--;
          } finally {
            lock.unlock();
          }
        }
      }
    } finally {
      CurrentExecutor.exit(previous);
    }
  }

  /** The next job, or null when this thread should end (idle too long, or shut down). */
  private Task<?> next() {
    lock.lock();
    try {
      long wait = keepAliveNanos;
      while (queue.isEmpty()) {
        if (shutdown || wait <= 0) {
          threads--;
          return null;
        }
        idle++;
        try {
          wait = available.awaitNanos(wait);
        } catch (InterruptedException e) {
          wait = 0; // an interrupt retires the thread; its queue is served by the others
        } finally {
          idle--;
        }
      }
      running++;
      return queue.pollFirst();
    } finally {
      lock.unlock();
    }
  }

  /** Threads alive now (a snapshot, for tests). */
  int threads() {
    lock.lock();
    try {
      return threads;
    } finally {
      lock.unlock();
    }
  }

  /** What {@link #shutdown()} found: jobs cancelled before they started, jobs left running. */
  record Stopped(int cancelled, int running) {}

  /** Stops the pool: new work is rejected, queued work cancelled, running work left to finish. */
  Stopped shutdown() {
    List<Task<?>> dropped;
    int stillRunning;
    lock.lock();
    try {
      if (shutdown) {
        return new Stopped(0, 0);
      }
      shutdown = true;
      dropped = new ArrayList<>(queue);
      queue.clear();
      stillRunning = running;
      available.signalAll();
    } finally {
      lock.unlock();
    }
    int cancelled = 0;
    for (Task<?> t : dropped) {
      if (t.cancelAtShutdown() != TaskState.COMPLETE) {
        cancelled++;
      }
    }
    return new Stopped(cancelled, stillRunning);
  }

  @Override
  public void schedule(Task<?> task) {
    // a job is scheduled once, by spawn; cancel() of a queued job only flags it, and a job's
    // future never returns pending, so nothing else reaches here
    throw new IllegalStateException(task + " of " + name + " was scheduled twice");
  }

  @Override
  public void yieldNow(Task<?> task) {
    schedule(task);
  }

  @Override
  public void release(Task<?> task) {
    // jobs are counted by the pool's queue and running counter, not in a live-task set
  }

  @Override
  public void unhandled(Task<?> task, Throwable failure) {
    failures.unhandled(task, failure);
  }
}
