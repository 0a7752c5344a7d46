package dev.patina.bench.timer;

import java.util.Random;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One timer implementation, the 100,000 delays (uniform in 1–1000 ms, seeded) and the random half
 * that is cancelled. The two nested states add what each benchmark starts from.
 */
@State(Scope.Thread) // JMH wants @Param in a @State class; only the two subclasses are used
public abstract class Timers {

  static final int TIMERS = 100_000;
  static final int CANCELS = TIMERS / 2;

  @Param({"patina-timer", "patina-wheel", "scheduled-thread-pool", "netty-hashed-wheel"})
  public String impl;

  TimerImpl timers;
  final long[] delays = new long[TIMERS];
  final Object[] handles = new Object[TIMERS];
  /** The timers cancelled: a random half, in random order. */
  final int[] victims = new int[CANCELS];

  @Setup(Level.Trial)
  public void setUp() {
    timers = TimerImpl.named(impl);
    Random random = new Random(6);
    int[] order = new int[TIMERS];
    for (int i = 0; i < TIMERS; i++) {
      delays[i] = 1 + random.nextInt(1000);
      order[i] = i;
    }
    for (int i = TIMERS - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    System.arraycopy(order, 0, victims, 0, CANCELS);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    timers.close();
  }

  /** Cancels whatever the invocation left scheduled, so each one starts from an empty timer. */
  @TearDown(Level.Invocation)
  public void cancelRest() {
    for (int i = 0; i < TIMERS; i++) {
      if (handles[i] != null) {
        timers.cancel(handles[i]);
        handles[i] = null;
      }
    }
  }

  /** An empty timer: what {@code schedule} starts from. */
  @State(Scope.Thread)
  public static class Empty extends Timers {}

  /** All 100,000 timers scheduled: what {@code cancelHalf} starts from. */
  @State(Scope.Thread)
  public static class Full extends Timers {
    @Setup(Level.Invocation)
    public void scheduleAll() {
      for (int i = 0; i < TIMERS; i++) {
        handles[i] = timers.schedule(delays[i]);
      }
    }
  }
}
