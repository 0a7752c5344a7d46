package dev.patina.runtime.executor;

import dev.patina.ownership.Send;
import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Futures;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;
import dev.patina.runtime.task.Coop;
import dev.patina.runtime.task.JoinHandle;
import dev.patina.runtime.task.OwnedTasks;
import dev.patina.runtime.task.Scheduler;
import dev.patina.runtime.task.Task;
import dev.patina.runtime.task.TaskQueue;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * An executor without threads of its own: its tasks run on the thread that is inside {@link
 * #blockOn}, between polls of the future given there (Tokio's current-thread runtime).
 *
 * <p>Tasks woken on that thread go to a local FIFO run queue that needs no synchronization; tasks
 * spawned or woken on other threads go to an injection queue, which the driving thread checks
 * every {@value #INJECT_INTERVAL} tasks and whenever the local queue is empty. With nothing to do
 * the driver parks; a wake from another thread unparks it (a {@code sleeping} flag written before
 * the last look at the queues, read after every push, means no wake is lost and a busy driver is
 * not unparked for nothing).
 *
 * <p>Only one thread drives the tasks at a time. A second thread that calls {@code blockOn}
 * meanwhile polls just its own future (still with this executor as {@link Executor#current()}).
 * When nobody is inside {@code blockOn}, spawned tasks wait for the next call.
 */
public final class CurrentThreadExecutor implements Executor {

  /** The driver takes a task from the injection queue first every this many tasks (Tokio's 31). */
  static final int INJECT_INTERVAL = 31;

  private final ExecutorOptions options;
  private final OwnedTasks owned = new OwnedTasks();
  private final TaskQueue inject = new TaskQueue();
  // driver thread only; handed from one driver to the next through the CAS on driver
  private final ArrayDeque<Task<?>> local = new ArrayDeque<>(256);
  // the thread inside blockOn that runs the tasks, or null
  private final AtomicReference<Thread> driver = new AtomicReference<>();
  // volatile: the driver writes it before its last look at the queues, pushers read it after
  // pushing (both sides sequentially consistent, so one of them sees the other)
  private volatile boolean sleeping;
  // volatile: set once by shutdown, read by the driver every tick and by spawn
  private volatile boolean shutdown;
  private final Core core = new Core();
  private final BlockingPool blocking;

  /** A current-thread executor with {@linkplain ExecutorOptions#defaults default options}. */
  public CurrentThreadExecutor() {
    this(ExecutorOptions.defaults("patina-current"));
  }

  /** A current-thread executor with {@code options}. */
  public CurrentThreadExecutor(ExecutorOptions options) {
    this.options = options;
    this.blocking = new BlockingPool(options.name(), options.maxBlockingThreads(), options.blockingKeepAlive(),
        this, core);
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
  public int liveTasks() {
    return owned.size();
  }

  @Override
  public boolean isShutdown() {
    return shutdown;
  }

  @Override
  public <T> T blockOn(Future<T> future) {
    Thread me = Thread.currentThread();
    if (driver.get() == me) {
      throw new IllegalStateException("blockOn inside a task of " + options.name()
          + " would block the only thread that runs its tasks; await the future instead");
    }
    Executor previous = CurrentExecutor.enter(this);
    try {
      if (shutdown || !driver.compareAndSet(null, me)) {
        return Futures.blockOn(future);
      }
      return drive(future);
    } finally {
      CurrentExecutor.exit(previous);
    }
  }

  /** The driver's loop: poll the main future when woken, run tasks between, park when idle. */
  private <T> T drive(Future<T> future) {
    MainWaker main = new MainWaker(Thread.currentThread());
    Context cx = new Context(main);
    boolean driving = true;
    try {
      int tick = 0;
      while (true) {
        // a main future that woke itself during its poll yielded: the tasks get a batch first
        boolean yielded = false;
        if (main.woken) {
          main.woken = false;
          Poll<T> poll = pollBudgeted(future, cx);
          if (poll.isDone()) {
            return poll.valueOrThrow();
          }
          yielded = main.woken;
        }
        if (shutdown) {
          // shutdown waits for the driver to let go of the tasks; the main future goes on alone
          driving = false;
          driver.set(null);
          return Futures.blockOn(future);
        }
        for (int i = 0; i < INJECT_INTERVAL && (yielded || !main.woken); i++) {
          Task<?> t = (tick++ % INJECT_INTERVAL == 0) ? inject.pop() : null;
          if (t == null) {
            t = local.pollFirst();
          }
          if (t == null) {
            t = inject.pop();
          }
          if (t == null) {
            break;
          }
          Tasks.runBudgeted(t, options.budget());
        }
        if (!main.woken && local.isEmpty()) {
          park(main);
        }
      }
    } finally {
      if (driving) {
        driver.set(null);
      }
    }
  }

  private void park(MainWaker main) {
    sleeping = true; // volatile write, then the volatile reads of the queue and flag below
    try {
      if (!main.woken && inject.isEmpty() && !shutdown) {
        LockSupport.park(this);
        if (Thread.interrupted()) {
          Thread.currentThread().interrupt();
          throw new CancelledException("blockOn on thread " + Thread.currentThread().getName());
        }
      }
    } finally {
      sleeping = false;
    }
  }

  private <T> Poll<T> pollBudgeted(Future<T> future, Context cx) {
    int previous = Coop.beginPoll(options.budget());
    try {
      return future.poll(cx);
    } finally {
      Coop.endPoll(previous);
    }
  }

  /** Unparks the driver if it sleeps; after a push to the injection queue. */
  private void unparkDriver() {
    if (sleeping) { // volatile read after the push: see the field's comment
      Thread d = driver.get();
      if (d != null) {
        LockSupport.unpark(d);
      }
    }
  }

  @Override
  public ShutdownReport shutdown() {
    if (shutdown) {
      return ShutdownReport.EMPTY;
    }
    shutdown = true;
    Thread me = Thread.currentThread();
    // take the tasks away from the driver: it lets go at its next tick (unparked if asleep)
    while (driver.get() != me && !driver.compareAndSet(null, me)) {
      Thread d = driver.get();
      if (d != null) {
        LockSupport.unpark(d);
      }
      Thread.onSpinWait();
      LockSupport.parkNanos(50_000);
    }
    boolean inside = driver.get() == me && CurrentExecutor.get() == this;
    try {
      ShutdownReport report = Reaper.cancel(owned.close(), blocking.shutdown());
      local.clear();
      inject.drain(t -> { });
      return report;
    } finally {
      if (!inside) {
        driver.set(null);
      }
    }
  }

  /** The waker of the future given to blockOn: a flag the driver checks, and an unpark. */
  private final class MainWaker implements Waker {
    private final Thread thread;
    // volatile: set by wakers on any thread, cleared and read by the driver
    volatile boolean woken = true;

    MainWaker(Thread thread) {
      this.thread = thread;
    }

    @Override
    public void wake() {
      woken = true; // volatile write, then the volatile read of sleeping
      if (sleeping && Thread.currentThread() != thread) {
        LockSupport.unpark(thread);
      }
    }
  }

  /** The scheduler the tasks see; kept off the executor's public surface. */
  private final class Core implements Scheduler {
    @Override
    public void schedule(Task<?> task) {
      if (Thread.currentThread() == driver.get()) {
        local.addLast(task);
      } else {
        inject.push(task);
        unparkDriver();
      }
    }

    @Override
    public void yieldNow(Task<?> task) {
      schedule(task);
    }

    @Override
    public void release(Task<?> task) {
      owned.remove(task);
    }
  }
}
