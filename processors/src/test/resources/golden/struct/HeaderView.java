package telemetry;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A view of one {@link Header} in a memory segment, laid out as {@link HeaderLayout}. Rebind it with {@link #bind} or {@link #at} to walk an array of them without allocating.
 */
@Generated("dev.patina.processors.struct.StructProcessor")
public final class HeaderView {
  private static final VarHandle BOOLEAN = ValueLayout.JAVA_BOOLEAN.varHandle();

  private static final VarHandle BYTE = ValueLayout.JAVA_BYTE.varHandle();

  private static final VarHandle SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN).varHandle();

  private static final VarHandle CHAR = ValueLayout.JAVA_CHAR_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN).varHandle();

  private static final VarHandle INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN).varHandle();

  private MemorySegment segment;

  private long offset;

  /**
   * A view of the struct at {@code offset} bytes into {@code segment}.
   */
  public HeaderView(MemorySegment segment, long offset) {
    this.segment = Objects.requireNonNull(segment);
    this.offset = offset;
  }

  /**
   * Points this view at the struct at {@code offset} bytes into {@code segment}.
   */
  public HeaderView bind(MemorySegment segment, long offset) {
    this.segment = Objects.requireNonNull(segment);
    this.offset = offset;
    return this;
  }

  /**
   * Points this view at element {@code index} of an array of these structs that starts at the segment's first byte.
   */
  public HeaderView at(long index) {
    this.offset = Math.multiplyExact(index, HeaderLayout.SIZE);
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
   * Reads {@code version}, the short at offset 0.
   */
  public short version() {
    return (short) SHORT.get(segment, offset + HeaderLayout.OFFSET_VERSION);
  }

  /**
   * Writes {@code version}, the short at offset 0.
   */
  public HeaderView version(short value) {
    SHORT.set(segment, offset + HeaderLayout.OFFSET_VERSION, value);
    return this;
  }

  /**
   * Reads {@code length}, the int at offset 2.
   */
  public int length() {
    return (int) INT.get(segment, offset + HeaderLayout.OFFSET_LENGTH);
  }

  /**
   * Writes {@code length}, the int at offset 2.
   */
  public HeaderView length(int value) {
    INT.set(segment, offset + HeaderLayout.OFFSET_LENGTH, value);
    return this;
  }

  /**
   * Reads element {@code index} of {@code mac}.
   */
  public byte mac(int index) {
    return (byte) BYTE.get(segment, offset + HeaderLayout.OFFSET_MAC + Objects.checkIndex(index, 6) * 1L);
  }

  /**
   * Writes element {@code index} of {@code mac}.
   */
  public HeaderView mac(int index, byte value) {
    BYTE.set(segment, offset + HeaderLayout.OFFSET_MAC + Objects.checkIndex(index, 6) * 1L, value);
    return this;
  }

  /**
   * A copy of all 6 elements of {@code mac}.
   */
  public byte[] mac() {
    byte[] values = new byte[6];
    for (int i = 0; i < values.length; i++) {
      values[i] = mac(i);
    }
    return values;
  }

  /**
   * Writes all 6 elements of {@code mac}.
   */
  public HeaderView mac(byte[] values) {
    if (values.length != 6) {
      throw new IllegalArgumentException("`mac` holds 6 elements, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      mac(i, values[i]);
    }
    return this;
  }

  /**
   * Reads {@code urgent}, the boolean at offset 12.
   */
  public boolean urgent() {
    return (boolean) BOOLEAN.get(segment, offset + HeaderLayout.OFFSET_URGENT);
  }

  /**
   * Writes {@code urgent}, the boolean at offset 12.
   */
  public HeaderView urgent(boolean value) {
    BOOLEAN.set(segment, offset + HeaderLayout.OFFSET_URGENT, value);
    return this;
  }

  /**
   * Reads {@code flags}, the char at offset 13.
   */
  public char flags() {
    return (char) CHAR.get(segment, offset + HeaderLayout.OFFSET_FLAGS);
  }

  /**
   * Writes {@code flags}, the char at offset 13.
   */
  public HeaderView flags(char value) {
    CHAR.set(segment, offset + HeaderLayout.OFFSET_FLAGS, value);
    return this;
  }

  /**
   * A new record holding the struct's current contents.
   */
  public Header read() {
    return new Header(version(), length(), mac(), urgent(), flags());
  }

  /**
   * Stores every component of {@code value} in the struct.
   */
  public HeaderView write(Header value) {
    Objects.requireNonNull(value);
    version(value.version());
    length(value.length());
    mac(value.mac());
    urgent(value.urgent());
    flags(value.flags());
    return this;
  }
}
