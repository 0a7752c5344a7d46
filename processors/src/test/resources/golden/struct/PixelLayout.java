package telemetry;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import javax.annotation.processing.Generated;

/**
 * The memory layout of {@link Pixel}: C's rules, little-endian, 12 bytes aligned to 4.
 */
@Generated("dev.patina.processors.struct.StructProcessor")
public final class PixelLayout {
  /**
   * Every field with its name, and the padding between them.
   */
  public static final StructLayout LAYOUT = MemoryLayout.structLayout(
      ValueLayout.JAVA_BYTE.withName("alpha"),
      MemoryLayout.paddingLayout(3),
      ValueLayout.JAVA_INT.withOrder(ByteOrder.LITTLE_ENDIAN).withName("rgb"),
      ValueLayout.JAVA_SHORT.withOrder(ByteOrder.LITTLE_ENDIAN).withName("depth"),
      MemoryLayout.paddingLayout(2));

  /**
   * The size in bytes, a multiple of ALIGNMENT.
   */
  public static final long SIZE = 12L;

  /**
   * The alignment in bytes.
   */
  public static final long ALIGNMENT = 4L;

  /**
   * The offset of {@code alpha} from the start of the struct.
   */
  public static final long OFFSET_ALPHA = 0L;

  /**
   * The offset of {@code rgb} from the start of the struct.
   */
  public static final long OFFSET_RGB = 4L;

  /**
   * The offset of {@code depth} from the start of the struct.
   */
  public static final long OFFSET_DEPTH = 8L;

  private PixelLayout() {
  }
}
