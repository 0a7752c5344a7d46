package dev.patina.bench.channel;

import dev.patina.bench.Baseline;
import dev.patina.runtime.sync.Mpsc;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sending a burst of {@value #BURST} messages and receiving them on one thread: the uncontended
 * cost of one send plus one receive (time and B/op are per message). The Patina rows poll the
 * send and recv futures as an executor would; the {@code try} row uses the non-waiting calls.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(MpscBench.BURST)
public class MpscBench {

  static final int BURST = 64;
  private static final int CAPACITY = 1024;

  private final Driver driver = new Driver();
  private final Integer value = 7;
  private Mpsc.Channel<Integer> bounded;
  private Mpsc.UnboundedChannel<Integer> unbounded;
  private ArrayBlockingQueue<Integer> abq;
  private ConcurrentLinkedQueue<Integer> clq;

  @Setup
  public void setUp() {
    bounded = Mpsc.bounded(CAPACITY);
    unbounded = Mpsc.unbounded();
    abq = new ArrayBlockingQueue<>(CAPACITY);
    clq = new ConcurrentLinkedQueue<>();
  }

  @Benchmark
  @Baseline
  public int arrayBlockingQueue() {
    for (int i = 0; i < BURST; i++) {
      abq.offer(value);
    }
    int sum = 0;
    for (int i = 0; i < BURST; i++) {
      sum += abq.poll();
    }
    return sum;
  }

  @Benchmark
  public int boundedSendRecv() {
    for (int i = 0; i < BURST; i++) {
      driver.now(bounded.tx().send(value));
    }
    int sum = 0;
    for (int i = 0; i < BURST; i++) {
      sum += driver.now(bounded.rx().recv());
    }
    return sum;
  }

  @Benchmark
  public int boundedTrySendTryRecv() {
    for (int i = 0; i < BURST; i++) {
      bounded.tx().trySend(value);
    }
    int sum = 0;
    for (int i = 0; i < BURST; i++) {
      sum += bounded.rx().tryRecv();
    }
    return sum;
  }

  @Benchmark
  public int unboundedSendRecv() {
    for (int i = 0; i < BURST; i++) {
      unbounded.tx().send(value);
    }
    int sum = 0;
    for (int i = 0; i < BURST; i++) {
      sum += driver.now(unbounded.rx().recv());
    }
    return sum;
  }

  @Benchmark
  public int concurrentLinkedQueue() {
    for (int i = 0; i < BURST; i++) {
      clq.offer(value);
    }
    int sum = 0;
    for (int i = 0; i < BURST; i++) {
      sum += clq.poll();
    }
    return sum;
  }
}
