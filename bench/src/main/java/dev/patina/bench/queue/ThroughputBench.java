package dev.patina.bench.queue;

import dev.patina.bench.Baseline;
import dev.patina.runtime.queue.ConcurrentQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Producers and consumers hammering one queue (after JCTools' {@code QueueThroughputBackoffNone},
 * with spin-wait backoff). The score counts successful operations only: one op is one offer that
 * returned true or one poll that returned an element; an attempt that fails spins with {@link
 * Thread#onSpinWait()} and tries again inside the same op. The failed attempts are counted apart,
 * in {@link Failures}, so a run says which side waited. Group {@code p1c1} is one producer and one
 * consumer, {@code p2c2} two of each (oversubscribed on a two-CPU machine: read it as such).
 *
 * <p>Every queue is driven the same way. Producers pause, in this harness and not in the queue,
 * while about {@link Occupancy#CAP} elements are queued; the cap is half the capacity of the
 * bounded queues, so no queue is ever full and none is measured in a different regime from the
 * others (a bounded queue kept full makes its producer and consumer fight over one slot's cache
 * lines, while an unbounded one at the same occupancy would not), and the unbounded queues cannot
 * win by growing.
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
      q = QueueKind.valueOf(queue).create(Occupancy.CAPACITY);
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

  /**
   * The failed attempts of one thread; JMH adds them up over the group and reports them per
   * microsecond beside the score (in {@code queue.json}). Many {@code pollsEmpty} mean the
   * consumers outran the producers (the queue ran empty), many {@code capWaits} the opposite.
   */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Failures {
    /** Offers the queue refused as full (none expected: the cap keeps every queue half full). */
    public long offersRefused;
    /** Spins of a producer waiting for the occupancy to fall under the cap. */
    public long capWaits;
    /** Polls that found the queue empty. */
    public long pollsEmpty;

    @Setup(Level.Iteration)
    public void clear() {
      offersRefused = 0;
      capWaits = 0;
      pollsEmpty = 0;
    }
  }

  @Benchmark
  @Group("p1c1")
  @GroupThreads(1)
  public void offer1(Shared s, Me me, Failures f, Control control) {
    offer(s, me, f, control);
  }

  @Benchmark
  @Group("p1c1")
  @GroupThreads(1)
  public Object poll1(Shared s, Me me, Failures f, Control control) {
    return poll(s, me, f, control);
  }

  @Benchmark
  @Group("p2c2")
  @GroupThreads(2)
  public void offer2(Shared s, Me me, Failures f, Control control) {
    offer(s, me, f, control);
  }

  @Benchmark
  @Group("p2c2")
  @GroupThreads(2)
  public Object poll2(Shared s, Me me, Failures f, Control control) {
    return poll(s, me, f, control);
  }

  private static void offer(Shared s, Me me, Failures f, Control control) {
    ConcurrentQueue<Object> q = s.q;
    while (!q.offer(ELEMENT)) {
      if (control.stopMeasurement) {
        // the measurement is over: the other side may have stopped already, and what fails now
        // (a producer past the cap, as the wait below ends too) is not counted
        return;
      }
      f.offersRefused++;
      Thread.onSpinWait();
    }
    long n = s.occupancy.offered(me.index);
    if (n % Occupancy.CHECK_EVERY == 0) {
      while (s.occupancy.estimate() > Occupancy.CAP && !control.stopMeasurement) {
        f.capWaits++;
        Thread.onSpinWait();
      }
    }
  }

  private static Object poll(Shared s, Me me, Failures f, Control control) {
    ConcurrentQueue<Object> q = s.q;
    Object x;
    while ((x = q.poll()) == null) {
      if (control.stopMeasurement) {
        return null; // not counted, as in offer
      }
      f.pollsEmpty++;
      Thread.onSpinWait();
    }
    s.occupancy.polled(me.index);
    return x;
  }
}
