package dev.patina.bench.struct;

import dev.patina.bench.Baseline;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Reading all nine values of each of {@value Samples#COUNT} {@link Sample}s: through one {@link
 * SampleView} rebound with {@code at(i)}; with {@code ByteBuffer} getters at the same offsets; with
 * a hand-written reader of {@code static final} {@code ValueLayout}s; and, for contrast, by
 * materializing each record with {@code view.read()}. Scores are per sample.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Samples.COUNT)
public class ReadAllFieldsBench {
  private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfDouble DOUBLE =
      ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

  @Benchmark
  public double view(Samples s) {
    SampleView v = s.view;
    double sum = 0;
    for (int i = 0; i < Samples.COUNT; i++) {
      v.at(i);
      sum += v.timeNanos() + v.sensorId() + v.status() + v.kind() + (v.valid() ? 1 : 0)
          + v.accel(0) + v.accel(1) + v.accel(2) + v.celsius();
    }
    return sum;
  }

  @Benchmark
  @Baseline
  public double valueLayouts(Samples s) {
    MemorySegment m = s.segment;
    double sum = 0;
    for (long at = 0; at < Samples.COUNT * SampleLayout.SIZE; at += SampleLayout.SIZE) {
      sum += m.get(LONG, at) + m.get(INT, at + 8) + m.get(SHORT, at + 12) + m.get(ValueLayout.JAVA_BYTE, at + 14)
          + (m.get(ValueLayout.JAVA_BOOLEAN, at + 15) ? 1 : 0)
          + m.get(FLOAT, at + 16) + m.get(FLOAT, at + 20) + m.get(FLOAT, at + 24) + m.get(DOUBLE, at + 32);
    }
    return sum;
  }

  @Benchmark
  public double byteBuffer(Samples s) {
    ByteBuffer b = s.buffer;
    double sum = 0;
    for (int at = 0; at < Samples.COUNT * (int) SampleLayout.SIZE; at += (int) SampleLayout.SIZE) {
      sum += b.getLong(at) + b.getInt(at + 8) + b.getShort(at + 12) + b.get(at + 14) + (b.get(at + 15) != 0 ? 1 : 0)
          + b.getFloat(at + 16) + b.getFloat(at + 20) + b.getFloat(at + 24) + b.getDouble(at + 32);
    }
    return sum;
  }

  @Benchmark
  public double viewReadRecord(Samples s) {
    SampleView v = s.view;
    double sum = 0;
    for (int i = 0; i < Samples.COUNT; i++) {
      Sample r = v.at(i).read();
      sum += r.timeNanos() + r.sensorId() + r.status() + r.kind() + (r.valid() ? 1 : 0)
          + r.accel()[0] + r.accel()[1] + r.accel()[2] + r.celsius();
    }
    return sum;
  }
}
