package dev.patina.bench.queue;

import dev.patina.bench.Baseline;
import dev.patina.runtime.queue.ConcurrentQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The cost of one offer and one poll on a queue no other thread touches (ns/op, B/op). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Baseline(param = "queue", value = "ArrayBlockingQueue")
public class UncontendedBench {

  private static final Object ELEMENT = new Object();

  @Param({"PatinaMpmc", "PatinaMs", "ConcurrentLinkedQueue", "ArrayBlockingQueue", "JCToolsMpmc"})
  public String queue;

  private ConcurrentQueue<Object> q;

  @Setup
  public void setUp() {
    q = QueueKind.valueOf(queue).create(1024);
  }

  @Benchmark
  public Object offerPoll() {
    q.offer(ELEMENT);
    return q.poll();
  }
}
