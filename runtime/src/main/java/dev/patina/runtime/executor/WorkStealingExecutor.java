package dev.patina.runtime.executor;

import dev.patina.ownership.Send;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Futures;
import dev.patina.runtime.task.JoinHandle;
import dev.patina.runtime.task.OwnedTasks;
import dev.patina.runtime.task.Scheduler;
import dev.patina.runtime.task.Task;
import dev.patina.runtime.task.TaskQueue;
import java.util.function.Supplier;

/**
 * A multi-threaded executor: a fixed number of workers, each with its own Chase–Lev deque and LIFO
 * slot, that steal from each other when they run dry (Tokio's multi-threaded runtime).
 *
 * <p>A task spawned or woken on a worker stays on that worker (in its LIFO slot); one spawned or
 * woken anywhere else goes to a shared injection queue. Idle workers park; new work wakes one of
 * them only when no worker is already searching (see {@link Idle} for the protocol and why no wake
 * is lost). Every poll runs with the {@link dev.patina.runtime.task.Coop} budget of the options.
 * The worker threads are daemon threads: an executor that is never shut down does not keep the JVM
 * alive.
 */
public final class WorkStealingExecutor implements Executor {

  private final ExecutorOptions options;
  private final Worker[] workers;
  private final TaskQueue inject = new TaskQueue();
  private final Idle idle;
  private final OwnedTasks owned = new OwnedTasks();
  private final BlockingPool blocking;
  private final Core core = new Core();
  private final Object shutdownLock = new Object();
  // volatile: set once by shutdown; read by workers every loop and by spawn
  private volatile boolean shutdown;

  /** An executor with {@code workers} workers and {@linkplain ExecutorOptions#defaults defaults}. */
  public WorkStealingExecutor(int workers) {
    this(workers, ExecutorOptions.defaults("patina-worker"));
  }

  /** An executor with {@code workers} workers and {@code options}. */
  public WorkStealingExecutor(int workers, ExecutorOptions options) {
    if (workers < 1) {
      throw new IllegalArgumentException("an executor needs at least one worker, not " + workers);
    }
    this.options = options;
    this.idle = new Idle(workers);
    this.workers = new Worker[workers];
    this.blocking = new BlockingPool(options.name(), options.maxBlockingThreads(), options.blockingKeepAlive(),
        this, core);
    for (int i = 0; i < workers; i++) {
      this.workers[i] = new Worker(this, i);
    }
    // started after every worker exists: the array is published to them by Thread.start
    for (Worker w : this.workers) {
      WorkerThread t = new WorkerThread(w, options.name() + "-" + w.index());
      w.start(t);
    }
  }

  /** A worker's thread, so that a scheduler finds its worker without a thread-local lookup. */
  private static final class WorkerThread extends Thread {
    final Worker worker;

    WorkerThread(Worker worker, String name) {
      super(worker, name);
      this.worker = worker;
      setDaemon(true);
    }
  }

  /** The worker of this executor running on the calling thread, or null. */
  private Worker currentWorker() {
    if (Thread.currentThread() instanceof WorkerThread t && t.worker.pool() == this) {
      return t.worker;
    }
    return null;
  }

  @Override
  public <T> JoinHandle<T> spawn(@Send Future<T> future) {
    return Tasks.spawn(future, core, owned, shutdown, options.name());
  }

  @Override
  public <T> JoinHandle<T> spawnBlocking(@Send Supplier<T> work) {
    return blocking.spawn(work);
  }

  @Override
  public <T> T blockOn(Future<T> future) {
    if (currentWorker() != null) {
      throw new IllegalStateException("blockOn on a worker of " + options.name()
          + " would block a thread that runs tasks; await the future instead");
    }
    Executor previous = CurrentExecutor.enter(this);
    try {
      return Futures.blockOn(future);
    } finally {
      CurrentExecutor.exit(previous);
    }
  }

  @Override
  public int liveTasks() {
    return owned.size();
  }

  @Override
  public boolean isShutdown() {
    return shutdown;
  }

  /** Threads of the blocking pool alive now (a snapshot, for tests). */
  int blockingThreads() {
    return blocking.threads();
  }

  /** How many workers this executor has. */
  public int workerCount() {
    return workers.length;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Waits for every worker to finish the poll it is in (a worker whose task blocks forever
   * blocks shutdown too). Called from inside one of this executor's tasks, it does not wait for the
   * calling worker, which stops when the calling task's poll returns.
   */
  @Override
  public ShutdownReport shutdown() {
    synchronized (shutdownLock) {
      if (shutdown) {
        return ShutdownReport.EMPTY;
      }
      shutdown = true;
    }
    idle.wakeAll();
    Worker me = currentWorker();
    boolean interrupted = false;
    for (Worker w : workers) {
      if (w == me) {
        continue;
      }
      while (true) {
        try {
          w.thread().join();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // finish the shutdown first; the flag is restored below
        }
      }
    }
    ShutdownReport report = Reaper.cancel(owned.close(), blocking.shutdown());
    for (Worker w : workers) {
      w.drainAfterStop();
    }
    inject.drain(t -> { });
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return report;
  }

  // ---- for the workers -------------------------------------------------------------------------

  Worker[] workers() {
    return workers;
  }

  TaskQueue inject() {
    return inject;
  }

  Idle idle() {
    return idle;
  }

  int budget() {
    return options.budget();
  }

  /** Whether any queue a worker can reach holds a task (a snapshot; LIFO slots are not counted). */
  boolean hasWork() {
    if (!inject.isEmpty()) {
      return true;
    }
    for (Worker w : workers) {
      if (w.hasQueued()) {
        return true;
      }
    }
    return false;
  }

  /** The scheduler the tasks see; kept off the executor's public surface. */
  private final class Core implements Scheduler {
    @Override
    public void schedule(Task<?> task) {
      Worker w = currentWorker();
      if (w != null && !shutdown) {
        w.scheduleLocal(task);
      } else {
        inject.push(task);
        idle.notifyParked();
      }
    }

    @Override
    public void yieldNow(Task<?> task) {
      Worker w = currentWorker();
      if (w != null) {
        w.scheduleYield(task);
      } else {
        schedule(task);
      }
    }

    @Override
    public void release(Task<?> task) {
      owned.remove(task);
    }
  }
}
