package telemetry;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import javax.annotation.processing.Generated;

/**
 * The memory layout of {@link Sample}: C's rules, little-endian, 80 bytes aligned to 8.
 */
@Generated("dev.patina.processors.struct.StructProcessor")
public final class SampleLayout {
  /**
   * Every field with its name, and the padding between them.
   */
  public static final StructLayout LAYOUT = MemoryLayout.structLayout(
      ValueLayout.JAVA_LONG.withOrder(ByteOrder.LITTLE_ENDIAN).withName("time"),
      MemoryLayout.sequenceLayout(3, ValueLayout.JAVA_DOUBLE.withOrder(ByteOrder.LITTLE_ENDIAN)).withName("xyz"),
      HeaderLayout.LAYOUT.withName("header"),
      MemoryLayout.sequenceLayout(2, HeaderLayout.LAYOUT).withName("history"),
      MemoryLayout.paddingLayout(3));

  /**
   * The size in bytes, a multiple of ALIGNMENT.
   */
  public static final long SIZE = 80L;

  /**
   * The alignment in bytes.
   */
  public static final long ALIGNMENT = 8L;

  /**
   * The offset of {@code time} from the start of the struct.
   */
  public static final long OFFSET_TIME = 0L;

  /**
   * The offset of {@code xyz} from the start of the struct.
   */
  public static final long OFFSET_XYZ = 8L;

  /**
   * The number of elements of {@code xyz}.
   */
  public static final long LENGTH_XYZ = 3L;

  /**
   * The offset of {@code header} from the start of the struct.
   */
  public static final long OFFSET_HEADER = 32L;

  /**
   * The offset of {@code history} from the start of the struct.
   */
  public static final long OFFSET_HISTORY = 47L;

  /**
   * The number of elements of {@code history}.
   */
  public static final long LENGTH_HISTORY = 2L;

  private SampleLayout() {
  }
}
