package telemetry;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A view of one {@link Sample} in a memory segment, laid out as {@link SampleLayout}. Rebind it with {@link #bind} or {@link #at} to walk an array of them without allocating.
 */
@Generated("dev.patina.processors.struct.StructProcessor")
public final class SampleView {
  private static final VarHandle LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();

  private static final VarHandle DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();

  private MemorySegment segment;

  private long offset;

  /**
   * A view of the struct at {@code offset} bytes into {@code segment}.
   */
  public SampleView(MemorySegment segment, long offset) {
    this.segment = Objects.requireNonNull(segment);
    this.offset = offset;
  }

  /**
   * Points this view at the struct at {@code offset} bytes into {@code segment}.
   */
  public SampleView bind(MemorySegment segment, long offset) {
    this.segment = Objects.requireNonNull(segment);
    this.offset = offset;
    return this;
  }

  /**
   * Points this view at element {@code index} of an array of these structs that starts at the segment's first byte.
   */
  public SampleView at(long index) {
    this.offset = Math.multiplyExact(index, SampleLayout.SIZE);
    return this;
  }

  /**
   * The segment this view reads.
   */
  public MemorySegment boundSegment() {
    return segment;
  }

  /**
   * The struct's offset in the segment.
   */
  public long boundOffset() {
    return offset;
  }

  /**
   * Reads {@code time}, the long at offset 0.
   */
  public long time() {
    return (long) LONG.get(segment, offset + SampleLayout.OFFSET_TIME);
  }

  /**
   * Writes {@code time}, the long at offset 0.
   */
  public SampleView time(long value) {
    LONG.set(segment, offset + SampleLayout.OFFSET_TIME, value);
    return this;
  }

  /**
   * Reads element {@code index} of {@code xyz}.
   */
  public double xyz(int index) {
    return (double) DOUBLE.get(segment, offset + SampleLayout.OFFSET_XYZ + Objects.checkIndex(index, 3) * 8L);
  }

  /**
   * Writes element {@code index} of {@code xyz}.
   */
  public SampleView xyz(int index, double value) {
    DOUBLE.set(segment, offset + SampleLayout.OFFSET_XYZ + Objects.checkIndex(index, 3) * 8L, value);
    return this;
  }

  /**
   * A copy of all 3 elements of {@code xyz}.
   */
  public double[] xyz() {
    double[] values = new double[3];
    for (int i = 0; i < values.length; i++) {
      values[i] = xyz(i);
    }
    return values;
  }

  /**
   * Writes all 3 elements of {@code xyz}.
   */
  public SampleView xyz(double[] values) {
    if (values.length != 3) {
      throw new IllegalArgumentException("`xyz` holds 3 elements, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      xyz(i, values[i]);
    }
    return this;
  }

  /**
   * A new view of {@code header}; {@link #header(HeaderView)} reuses one instead.
   */
  public HeaderView header() {
    return new HeaderView(segment, offset + SampleLayout.OFFSET_HEADER);
  }

  /**
   * Points {@code into} at {@code header} and returns it.
   */
  public HeaderView header(HeaderView into) {
    return into.bind(segment, offset + SampleLayout.OFFSET_HEADER);
  }

  /**
   * Writes every component of {@code value} into {@code header}.
   */
  public SampleView header(Header value) {
    new HeaderView(segment, offset + SampleLayout.OFFSET_HEADER).write(value);
    return this;
  }

  /**
   * A new view of element {@code index} of {@code history}.
   */
  public HeaderView history(int index) {
    return new HeaderView(segment, offset + SampleLayout.OFFSET_HISTORY + Objects.checkIndex(index, 2) * 15L);
  }

  /**
   * Points {@code into} at element {@code index} of {@code history}.
   */
  public HeaderView history(int index, HeaderView into) {
    return into.bind(segment, offset + SampleLayout.OFFSET_HISTORY + Objects.checkIndex(index, 2) * 15L);
  }

  /**
   * Writes {@code value} into element {@code index} of {@code history}.
   */
  public SampleView history(int index, Header value) {
    new HeaderView(segment, offset + SampleLayout.OFFSET_HISTORY + Objects.checkIndex(index, 2) * 15L).write(value);
    return this;
  }

  /**
   * A copy of all 2 elements of {@code history}.
   */
  public Header[] history() {
    Header[] values = new Header[2];
    HeaderView view = new HeaderView(segment, offset);
    for (int i = 0; i < values.length; i++) {
      values[i] = history(i, view).read();
    }
    return values;
  }

  /**
   * Writes all 2 elements of {@code history}.
   */
  public SampleView history(Header[] values) {
    if (values.length != 2) {
      throw new IllegalArgumentException("`history` holds 2 elements, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      history(i, values[i]);
    }
    return this;
  }

  /**
   * A new record holding the struct's current contents.
   */
  public Sample read() {
    return new Sample(time(), xyz(), header().read(), history());
  }

  /**
   * Stores every component of {@code value} in the struct.
   */
  public SampleView write(Sample value) {
    Objects.requireNonNull(value);
    time(value.time());
    xyz(value.xyz());
    header(value.header());
    history(value.history());
    return this;
  }
}
