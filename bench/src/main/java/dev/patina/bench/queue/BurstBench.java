package dev.patina.bench.queue;

import dev.patina.bench.Baseline;
import dev.patina.runtime.queue.ConcurrentQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The round trip of a burst (a port of JCTools' {@code QueueBurstCost} and Wakart's bounce): the
 * benchmark thread offers {@code burst} elements to queue 1, an echo thread moves each one to
 * queue 2, and the benchmark thread polls them all back. Time per burst, so both the hand-over
 * latency and the cost per element show.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Baseline(param = "queue", value = "ArrayBlockingQueue")
public class BurstBench {

  private static final Object ELEMENT = new Object();

  @Param({"PatinaMpmc", "PatinaMs", "ConcurrentLinkedQueue", "ArrayBlockingQueue", "JCToolsMpmc"})
  public String queue;

  @Param({"1", "10", "100"})
  public int burst;

  private ConcurrentQueue<Object> there;
  private ConcurrentQueue<Object> back;
  private Thread echo;
  private volatile boolean running;

  @Setup(Level.Trial)
  public void start() {
    there = QueueKind.valueOf(queue).create(128);
    back = QueueKind.valueOf(queue).create(128);
    running = true;
    echo = new Thread(this::echo, "burst-echo");
    echo.setDaemon(true);
    echo.start();
  }

  @TearDown(Level.Trial)
  public void stop() throws InterruptedException {
    running = false;
    echo.join(10_000);
  }

  private void echo() {
    while (running) {
      Object x = there.poll();
      if (x == null) {
        Thread.onSpinWait();
        continue;
      }
      while (!back.offer(x)) {
        Thread.onSpinWait();
      }
    }
  }

  @Benchmark
  public int roundTrip() {
    for (int i = 0; i < burst; i++) {
      while (!there.offer(ELEMENT)) {
        Thread.onSpinWait();
      }
    }
    int received = 0;
    while (received < burst) {
      if (back.poll() == null) {
        Thread.onSpinWait();
      } else {
        received++;
      }
    }
    return received;
  }
}
