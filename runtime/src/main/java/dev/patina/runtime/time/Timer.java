package dev.patina.runtime.time;

import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Waker;
import dev.patina.units.Unit;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * The timer driver: a {@link TimerWheel} of {@link Sleep}s, a clock, and (for a real-time timer)
 * a thread that sleeps until the next deadline and wakes the tasks whose timers have fired.
 *
 * <p>{@link #global()} is the timer the static functions of {@link Time} use: one daemon thread,
 * started on first use, never stopped. {@link #start(String)} makes another one with its own
 * thread (close it when done); {@link #manual(Clock)} makes one without a thread, for tests that
 * move a {@link ManualClock} and call {@link #fireExpired()} themselves.
 *
 * <p>Threads: any thread may create, poll, reset and close sleeps. The wheel itself is
 * single-threaded; this class guards it with one lock, held for O(1) work per operation (insert,
 * cancel, or handing out one fired entry). Wakers are woken after the lock is released, in
 * batches of 32, so a waker that polls or registers at once does not deadlock and a
 * registering thread waits for at most one batch.
 */
public final class Timer implements AutoCloseable {

  /** Wakers collected under the lock before they are woken outside it. */
  static final int BATCH = 32;

  private static final @Unit("ms") long RUNNING = Long.MIN_VALUE;

  private final Clock clock;
  private final @Unit("ns") long origin;
  private final String name;

  // The lock guards the wheel, every Sleep's waker and deadlineTick, parkedUntil and closed.
  // A monitor rather than a ReentrantLock: a contended monitor queues threads without allocating
  // on the heap, and since JDK 24 (JEP 491) a virtual thread blocked on it does not pin its carrier.
  private final Object lock = new Object();
  private final TimerWheel<Sleep> wheel = new TimerWheel<>();
  private @Unit("ms") long parkedUntil = RUNNING;
  private boolean closed;

  /** Owned by whoever is firing (the driver thread, or a test): see {@link #fireExpired()}. */
  private final Waker[] batch = new Waker[BATCH];
  private final Object firing = new Object();

  private final Thread thread;
  private final boolean isGlobal;

  private Timer(Clock clock, String name, boolean withThread, boolean isGlobal) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.name = Objects.requireNonNull(name, "name");
    this.origin = clock.nanoTime();
    this.thread = withThread ? Thread.ofPlatform().name(name).daemon().unstarted(this::drive) : null;
    this.isGlobal = isGlobal;
  }

  /** The timer behind {@link Time}: a daemon thread named {@code patina-timer}, started on first use. */
  public static Timer global() {
    return Global.TIMER;
  }

  private static final class Global {
    static final Timer TIMER = started(new Timer(Clock.system(), "patina-timer", true, true));
  }

  /**
   * A real-time timer with its own daemon thread named {@code threadName}. {@link #close()} stops
   * the thread; sleeps still pending then fail.
   */
  public static Timer start(String threadName) {
    return started(new Timer(Clock.system(), threadName, true, false));
  }

  private static Timer started(Timer timer) {
    timer.thread.start();
    return timer;
  }

  /**
   * A timer without a thread, on {@code clock}: nothing fires until the owner calls {@link
   * #fireExpired()}. With a {@link ManualClock}, tests decide exactly when time passes.
   */
  public static Timer manual(Clock clock) {
    return new Timer(clock, "manual timer", false, false);
  }

  /** The clock this timer reads. */
  public Clock clock() {
    return clock;
  }

  /** A sleep that finishes {@code duration} from now (a negative duration has passed already). */
  public Sleep sleep(Duration duration) {
    return new Sleep(this, Durations.saturatedAdd(clock.nanoTime(), Durations.nanos(duration)));
  }

  /** A sleep that finishes when {@link #clock()} reads {@code deadline} or later. */
  public Sleep sleepUntil(@Unit("ns") long deadline) {
    return new Sleep(this, deadline);
  }

  /**
   * {@code future}, failing with {@link ElapsedException} if it has not finished {@code duration}
   * from now (from this call, not from the first poll, as Tokio's {@code timeout}).
   */
  public <T> Timeout<T> timeout(Duration duration, Future<T> future) {
    return new Timeout<>(future, sleep(duration));
  }

  /** {@code future}, failing with {@link ElapsedException} if it has not finished by {@code deadline}. */
  public <T> Timeout<T> timeoutAt(@Unit("ns") long deadline, Future<T> future) {
    return new Timeout<>(future, sleepUntil(deadline));
  }

  /** An interval whose first tick is now and which then ticks every {@code period}, in burst mode. */
  public Interval interval(Duration period) {
    return new Interval(this, clock.nanoTime(), Durations.nanos(period), MissedTickBehavior.BURST);
  }

  /** An interval whose first tick is at {@code start}, then every {@code period}, catching up as {@code behavior} says. */
  public Interval intervalAt(@Unit("ns") long start, Duration period, MissedTickBehavior behavior) {
    return new Interval(this, start, Durations.nanos(period), Objects.requireNonNull(behavior, "behavior"));
  }

  /** The sleeps registered and not yet fired or cancelled. */
  public int pending() {
    synchronized (lock) {
      return wheel.size();
    }
  }

  /**
   * The clock reading at which the next registered sleep may fire (a slot boundary above level 0
   * may come earlier than the deadline behind it), or {@link Long#MAX_VALUE} when none is pending.
   */
  public @Unit("ns") long nextDeadline() {
    synchronized (lock) {
      return tickToNanos(wheel.nextDeadline());
    }
  }

  /**
   * Fires every registered sleep whose deadline has passed on {@link #clock()}, waking its waker,
   * and returns how many fired. The driver thread calls it; a {@linkplain #manual manual} timer's
   * owner calls it after moving the clock. Safe to call from any thread; calls are serialized.
   * A waker that throws does not stop the others; the first exception is rethrown at the end.
   */
  public int fireExpired() {
    synchronized (firing) {
      int fired = 0;
      RuntimeException failure = null;
      while (true) {
        int n = collect();
        for (int i = 0; i < n; i++) {
          Waker waker = batch[i];
          batch[i] = null;
          try {
            waker.wake();
          } catch (RuntimeException e) {
            failure = failure == null ? e : failure;
          }
        }
        fired += n;
        if (n < BATCH) {
          break;
        }
      }
      if (failure != null) {
        throw failure;
      }
      return fired;
    }
  }

  /** Takes up to BATCH fired sleeps off the wheel, marks them fired and puts their wakers in batch. */
  private int collect() {
    synchronized (lock) {
      @Unit("ms") long now = nowTick();
      int n = 0;
      while (n < BATCH) {
        Sleep fired = wheel.poll(now);
        if (fired == null) {
          break;
        }
        batch[n++] = fired.fire();
      }
      return n;
    }
  }

  /**
   * Registers {@code sleep} with {@code waker}; returns false when its deadline's tick has been
   * reached already or the timer is closed (the sleep's state says which).
   */
  boolean register(Sleep sleep, @Unit("ns") long deadline, Waker waker) {
    boolean unpark;
    synchronized (lock) {
      if (closed) {
        sleep.shutDown();
        return false;
      }
      @Unit("ms") long tick = nanosToTick(deadline);
      if (!wheel.insert(sleep, tick)) {
        sleep.markFired();
        return false;
      }
      sleep.arm(waker);
      unpark = tick < parkedUntil;
      if (unpark) {
        parkedUntil = tick;
      }
    }
    if (unpark && thread != null) {
      LockSupport.unpark(thread);
    }
    return true;
  }

  /** Points a registered {@code sleep} at another waker; returns false when it fired meanwhile. */
  boolean rewake(Sleep sleep, Waker waker) {
    synchronized (lock) {
      if (!sleep.isScheduled()) {
        return false;
      }
      sleep.arm(waker);
      return true;
    }
  }

  /**
   * Unschedules {@code sleep} if it is scheduled; returns the waker it held, so that a reset can
   * register it again, or null when it had fired or was not registered.
   */
  Waker cancel(Sleep sleep) {
    synchronized (lock) {
      return wheel.remove(sleep) ? sleep.disarm() : null;
    }
  }

  /** The driver thread: fire what is due, then park until the next deadline or an earlier registration. */
  private void drive() {
    while (true) {
      try {
        fireExpired();
      } catch (RuntimeException e) {
        thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
      }
      @Unit("ms") long next;
      synchronized (lock) {
        if (closed) {
          return;
        }
        next = wheel.nextDeadline();
        parkedUntil = next;
      }
      if (next == TimerWheel.NEVER) {
        LockSupport.park(this);
      } else {
        @Unit("ns") long wait = Durations.span(clock.nanoTime(), tickToNanos(next));
        if (wait > 0) {
          LockSupport.parkNanos(this, wait);
        }
      }
      synchronized (lock) {
        parkedUntil = RUNNING;
      }
    }
  }

  /**
   * Stops the driver thread and fails every sleep still registered ({@link Sleep#poll} then fails
   * with {@link IllegalStateException}), waking their tasks. Sleeps made later fail at their
   * first poll. The global timer cannot be closed.
   */
  @Override
  public void close() {
    if (isGlobal) {
      throw new UnsupportedOperationException("the global timer cannot be closed");
    }
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
    }
    // a waker that closes the timer runs on the timer's own thread, which must not wait for itself
    if (thread != null && thread != Thread.currentThread()) {
      LockSupport.unpark(thread);
      boolean interrupted = false;
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    drainAfterClose();
  }

  private void drainAfterClose() {
    while (true) {
      Waker waker;
      synchronized (lock) {
        Sleep sleep = wheel.poll(TimerWheel.NEVER - 1);
        if (sleep == null) {
          return;
        }
        waker = sleep.shutDown();
      }
      waker.wake();
    }
  }

  /** Whether {@link #close()} has been called. */
  public boolean isClosed() {
    synchronized (lock) {
      return closed;
    }
  }

  private @Unit("ms") long nowTick() {
    return Durations.floorMillis(Durations.span(origin, clock.nanoTime()));
  }

  private @Unit("ms") long nanosToTick(@Unit("ns") long deadline) {
    return Durations.ceilMillis(Durations.span(origin, deadline));
  }

  private @Unit("ns") long tickToNanos(@Unit("ms") long tick) {
    return tick == TimerWheel.NEVER
        ? Long.MAX_VALUE
        : Durations.saturatedAdd(origin, Durations.nanos(tick));
  }

  @Override
  public String toString() {
    return "Timer[" + name + "]";
  }
}
