package dev.patina.bench.timer;

import dev.patina.bench.Baseline;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Scheduling 100,000 timers with deadlines uniform in 1–1000 ms, and cancelling a random half of
 * them: ns per schedule ({@link #schedule}) and per cancel ({@link #cancelHalf}), and with {@code
 * -prof gc} the bytes each allocates. One invocation is 100,000 schedules (or 50,000 cancels), so
 * the per-invocation setup and teardown ({@link Timers}) are cheap next to it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Baseline(param = "impl", value = "scheduled-thread-pool")
public class TimerInsertCancelBench {

  @Benchmark
  @OperationsPerInvocation(Timers.TIMERS)
  public Object schedule(Timers.Empty s) {
    for (int i = 0; i < Timers.TIMERS; i++) {
      s.handles[i] = s.timers.schedule(s.delays[i]);
    }
    return s.handles[Timers.TIMERS - 1];
  }

  @Benchmark
  @OperationsPerInvocation(Timers.CANCELS)
  public void cancelHalf(Timers.Full s) {
    for (int i : s.victims) {
      s.timers.cancel(s.handles[i]);
      s.handles[i] = null;
    }
  }
}
