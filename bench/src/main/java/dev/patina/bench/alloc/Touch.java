package dev.patina.bench.alloc;

import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * What every alloc benchmark does with the memory it gets, the same for every allocator: write a
 * {@code long} at its start and one at its end, read both back and return their sum, so that the
 * JIT can drop neither the writes nor the allocation they need.
 */
final class Touch {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

  private Touch() {}

  /** Writes {@code value} at offset 0 and {@code value + 1} at {@code size - 8}, and reads both back. */
  static long segment(MemorySegment s, int size, long value) {
    s.set(JAVA_LONG_UNALIGNED, 0, value);
    s.set(JAVA_LONG_UNALIGNED, size - 8, value + 1);
    return s.get(JAVA_LONG_UNALIGNED, 0) + s.get(JAVA_LONG_UNALIGNED, size - 8);
  }

  /** The same through a direct buffer in native byte order. */
  static long buffer(ByteBuffer b, int size, long value) {
    b.putLong(0, value);
    b.putLong(size - 8, value + 1);
    return b.getLong(0) + b.getLong(size - 8);
  }

  /** The same through a byte-array view, as heap code does. */
  static long array(byte[] a, int size, long value) {
    LONGS.set(a, 0, value);
    LONGS.set(a, size - 8, value + 1);
    return (long) LONGS.get(a, 0) + (long) LONGS.get(a, size - 8);
  }
}
