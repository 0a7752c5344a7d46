package telemetry;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A view of one {@link Pixel} in a memory segment, laid out as {@link PixelLayout}. Rebind it with {@link #bind} or {@link #at} to walk an array of them without allocating.
 */
@Generated("dev.patina.processors.struct.StructProcessor")
public final class PixelView {
  private static final VarHandle BYTE = ValueLayout.JAVA_BYTE.varHandle();

  private static final VarHandle SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();

  private static final VarHandle INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();

  private MemorySegment segment;

  private long offset;

  /**
   * A view of the struct at {@code offset} bytes into {@code segment}.
   */
  public PixelView(MemorySegment segment, long offset) {
    this.segment = Objects.requireNonNull(segment);
    this.offset = offset;
  }

  /**
   * Points this view at the struct at {@code offset} bytes into {@code segment}.
   */
  public PixelView bind(MemorySegment segment, long offset) {
    this.segment = Objects.requireNonNull(segment);
    this.offset = offset;
    return this;
  }

  /**
   * Points this view at element {@code index} of an array of these structs that starts at the segment's first byte.
   */
  public PixelView at(long index) {
    this.offset = Math.multiplyExact(index, PixelLayout.SIZE);
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
   * Reads {@code alpha}, the byte at offset 0.
   */
  public byte alpha() {
    return (byte) BYTE.get(segment, offset + PixelLayout.OFFSET_ALPHA);
  }

  /**
   * Writes {@code alpha}, the byte at offset 0.
   */
  public PixelView alpha(byte value) {
    BYTE.set(segment, offset + PixelLayout.OFFSET_ALPHA, value);
    return this;
  }

  /**
   * Reads {@code rgb}, the int at offset 4.
   */
  public int rgb() {
    return (int) INT.get(segment, offset + PixelLayout.OFFSET_RGB);
  }

  /**
   * Writes {@code rgb}, the int at offset 4.
   */
  public PixelView rgb(int value) {
    INT.set(segment, offset + PixelLayout.OFFSET_RGB, value);
    return this;
  }

  /**
   * Reads {@code depth}, the short at offset 8.
   */
  public short depth() {
    return (short) SHORT.get(segment, offset + PixelLayout.OFFSET_DEPTH);
  }

  /**
   * Writes {@code depth}, the short at offset 8.
   */
  public PixelView depth(short value) {
    SHORT.set(segment, offset + PixelLayout.OFFSET_DEPTH, value);
    return this;
  }

  /**
   * A new record holding the struct's current contents.
   */
  public Pixel read() {
    return new Pixel(alpha(), rgb(), depth());
  }

  /**
   * Stores every component of {@code value} in the struct.
   */
  public PixelView write(Pixel value) {
    Objects.requireNonNull(value);
    alpha(value.alpha());
    rgb(value.rgb());
    depth(value.depth());
    return this;
  }
}
