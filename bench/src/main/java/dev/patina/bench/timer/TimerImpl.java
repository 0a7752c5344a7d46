package dev.patina.bench.timer;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Waker;
import dev.patina.runtime.time.Sleep;
import dev.patina.runtime.time.Timer;
import dev.patina.runtime.time.TimerEntry;
import dev.patina.runtime.time.TimerWheel;
import io.netty.util.HashedWheelTimer;
import io.netty.util.TimerTask;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One timer implementation behind the two operations the suite measures. Every implementation
 * that has a thread keeps it (firing what comes due), so their cost is in the figures as it would
 * be in a program.
 */
abstract class TimerImpl implements AutoCloseable {

  /** Schedules a timer {@code delayMillis} from now and returns what cancels it. */
  abstract Object schedule(long delayMillis);

  /** Cancels a timer {@link #schedule} returned. */
  abstract void cancel(Object handle);

  @Override
  public abstract void close();

  static TimerImpl named(String name) {
    return switch (name) {
      case "patina-timer" -> new PatinaTimer(Timer.start("bench-patina-timer"));
      case "patina-wheel" -> new PatinaWheel();
      case "scheduled-thread-pool" -> new ScheduledPool();
      case "netty-hashed-wheel" -> new NettyWheel();
      default -> throw new IllegalArgumentException("no timer implementation " + name);
    };
  }

  /** Patina's Timer with its driver thread: a Sleep registered by its first poll, closed to cancel. */
  static final class PatinaTimer extends TimerImpl {
    private final Timer timer;
    private final Context cx = new Context(Waker.noop());

    PatinaTimer(Timer timer) {
      this.timer = timer;
    }

    @Override
    Object schedule(long delayMillis) {
      Sleep sleep = timer.sleep(Duration.ofMillis(delayMillis));
      sleep.poll(cx);
      return sleep;
    }

    @Override
    void cancel(Object handle) {
      ((Sleep) handle).close();
    }

    @Override
    public void close() {
      timer.close();
    }
  }

  /** The bare single-threaded wheel: what the lock and the Sleep state machine cost on top. */
  static final class PatinaWheel extends TimerImpl {
    private static final class Entry extends TimerEntry {}

    private final TimerWheel<Entry> wheel = new TimerWheel<>();

    @Override
    Object schedule(long delayMillis) {
      Entry e = new Entry();
      wheel.insert(e, wheel.elapsed() + delayMillis);
      return e;
    }

    @Override
    void cancel(Object handle) {
      wheel.remove((Entry) handle);
    }

    @Override
    public void close() {
      // no thread, nothing to stop: time never advances, so nothing fires
    }
  }

  /** The JDK's heap, removing cancelled tasks at once (O(log n)) as a user who cancels often sets it. */
  static final class ScheduledPool extends TimerImpl {
    private static final Runnable NOTHING = () -> { };
    private final ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1);

    ScheduledPool() {
      pool.setRemoveOnCancelPolicy(true);
    }

    @Override
    Object schedule(long delayMillis) {
      return pool.schedule(NOTHING, delayMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    void cancel(Object handle) {
      ((ScheduledFuture<?>) handle).cancel(false);
    }

    @Override
    public void close() {
      pool.shutdownNow();
    }
  }

  /** Netty's HashedWheelTimer with a 1 ms tick (its default is 100 ms) and 1024 ticks per wheel. */
  static final class NettyWheel extends TimerImpl {
    private static final TimerTask NOTHING = timeout -> { };
    private final HashedWheelTimer timer = new HashedWheelTimer(1, TimeUnit.MILLISECONDS, 1024);

    @Override
    Object schedule(long delayMillis) {
      return timer.newTimeout(NOTHING, delayMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    void cancel(Object handle) {
      ((io.netty.util.Timeout) handle).cancel();
    }

    @Override
    public void close() {
      timer.stop();
    }
  }
}
