package dev.patina.bench.struct;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** {@value #COUNT} samples in one direct buffer, seen as a {@code ByteBuffer}, a segment and a view. */
@State(Scope.Thread)
public class Samples {
  static final int COUNT = 1024;

  ByteBuffer buffer;
  MemorySegment segment;
  SampleView view;

  @Setup
  public void setUp() {
    buffer = ByteBuffer.allocateDirect(COUNT * (int) SampleLayout.SIZE).order(ByteOrder.LITTLE_ENDIAN);
    segment = MemorySegment.ofBuffer(buffer);
    view = new SampleView(segment, 0);
    SplittableRandom random = new SplittableRandom(0x5a3b1eL);
    for (int i = 0; i < COUNT; i++) {
      view.at(i).write(new Sample(random.nextLong(), random.nextInt(), (short) random.nextInt(),
          (byte) random.nextInt(), random.nextBoolean(),
          new float[] {(float) random.nextDouble(), (float) random.nextDouble(), (float) random.nextDouble()},
          random.nextDouble(-40, 120)));
    }
  }
}
