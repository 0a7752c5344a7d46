package dev.patina.bench.queue;

import dev.patina.bench.Baseline;
import dev.patina.runtime.queue.ConcurrentQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Control;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Producers and consumers hammering one queue (a port of JCTools' {@code
 * QueueThroughputBackoffNone}, with spin-wait backoff): each op is one successful offer or one
 * successful poll; a failed attempt spins with {@link Thread#onSpinWait()} and tries again. Group
 * {@code p1c1} is one producer and one consumer, {@code p2c2} two of each (oversubscribed on a
 * two-CPU machine: read it as such). Producers stop offering while about {@link Occupancy#CAP}
 * elements are queued, so the unbounded queues are measured at the same occupancy as the bounded
 * ones (capacity 32k) instead of growing without limit.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Baseline(param = "queue", value = "ArrayBlockingQueue")
public class ThroughputBench {

  private static final Object ELEMENT = new Object();

  /** The queue and the occupancy counters one group shares. */
  @State(Scope.Group)
  public static class Shared {
    @Param({"PatinaMpmc", "PatinaMs", "ConcurrentLinkedQueue", "ArrayBlockingQueue", "JCToolsMpmc"})
    public String queue;

    ConcurrentQueue<Object> q;
    Occupancy occupancy;

    @Setup(Level.Iteration)
    public void setUp() {
      // a fresh queue per iteration: what the last one left behind does not carry over
      q = QueueKind.valueOf(queue).create((int) Occupancy.CAP);
      occupancy = new Occupancy(2, 2);
      System.gc(); // as Wakart did between iterations: linked queues leave garbage
    }
  }

  /** This thread's index within its producer or consumer subgroup. */
  @State(Scope.Thread)
  public static class Me {
    int index;

    @Setup
    public void setUp(ThreadParams params) {
      index = params.getSubgroupThreadIndex();
    }
  }

  @Benchmark
  @Group("p1c1")
  @GroupThreads(1)
  public void offer1(Shared s, Me me, Control control) {
    offer(s, me, control);
  }

  @Benchmark
  @Group("p1c1")
  @GroupThreads(1)
  public Object poll1(Shared s, Me me, Control control) {
    return poll(s, me, control);
  }

  @Benchmark
  @Group("p2c2")
  @GroupThreads(2)
  public void offer2(Shared s, Me me, Control control) {
    offer(s, me, control);
  }

  @Benchmark
  @Group("p2c2")
  @GroupThreads(2)
  public Object poll2(Shared s, Me me, Control control) {
    return poll(s, me, control);
  }

  private static void offer(Shared s, Me me, Control control) {
    ConcurrentQueue<Object> q = s.q;
    while (!q.offer(ELEMENT)) {
      if (control.stopMeasurement) {
        return;
      }
      Thread.onSpinWait();
    }
    long n = s.occupancy.offered(me.index);
    if (n % Occupancy.CHECK_EVERY == 0) {
      while (s.occupancy.estimate() > Occupancy.CAP && !control.stopMeasurement) {
        Thread.onSpinWait();
      }
    }
  }

  private static Object poll(Shared s, Me me, Control control) {
    ConcurrentQueue<Object> q = s.q;
    Object x;
    while ((x = q.poll()) == null) {
      if (control.stopMeasurement) {
        return null;
      }
      Thread.onSpinWait();
    }
    s.occupancy.polled(me.index);
    return x;
  }
}
