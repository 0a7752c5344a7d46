package telemetry;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import javax.annotation.processing.Generated;

/**
 * The memory layout of {@link Header}: packed, big-endian, 15 bytes aligned to 1.
 */
@Generated("dev.patina.processors.struct.StructProcessor")
public final class HeaderLayout {
  /**
   * Every field with its name, and the padding between them.
   */
  public static final StructLayout LAYOUT = MemoryLayout.structLayout(
      ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN).withName("version"),
      ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN).withName("length"),
      MemoryLayout.sequenceLayout(6, ValueLayout.JAVA_BYTE).withName("mac"),
      ValueLayout.JAVA_BOOLEAN.withName("urgent"),
      ValueLayout.JAVA_CHAR_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN).withName("flags"));

  /**
   * The size in bytes, a multiple of ALIGNMENT.
   */
  public static final long SIZE = 15L;

  /**
   * The alignment in bytes.
   */
  public static final long ALIGNMENT = 1L;

  /**
   * The offset of {@code version} from the start of the struct.
   */
  public static final long OFFSET_VERSION = 0L;

  /**
   * The offset of {@code length} from the start of the struct.
   */
  public static final long OFFSET_LENGTH = 2L;

  /**
   * The offset of {@code mac} from the start of the struct.
   */
  public static final long OFFSET_MAC = 6L;

  /**
   * The number of elements of {@code mac}.
   */
  public static final long LENGTH_MAC = 6L;

  /**
   * The offset of {@code urgent} from the start of the struct.
   */
  public static final long OFFSET_URGENT = 12L;

  /**
   * The offset of {@code flags} from the start of the struct.
   */
  public static final long OFFSET_FLAGS = 13L;

  private HeaderLayout() {
  }
}
