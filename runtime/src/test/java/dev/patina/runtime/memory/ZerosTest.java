package dev.patina.runtime.memory;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZerosTest {

  /**
   * Both ways of clearing (fill below the threshold, copies from the zero block above it, in
   * pieces of the block's size and a remainder): every byte of the slice becomes zero and not one
   * byte on either side of it changes, at a seeded random offset into dirty memory (cleared as a
   * slice for even sizes, by offset and size for odd ones).
   */
  @ParameterizedTest
  @ValueSource(longs = {0, 1, 7, 63, 64, 511, 512, 513, 4095, 4096, 4097, 10_000, 3 * 4096 + 17})
  void clearsExactlyTheSegment(long size) {
    Random random = new Random(size * 7919 + 3);
    try (Arena arena = Arena.ofConfined()) {
      long offset = 1 + random.nextInt(64);
      MemorySegment memory = arena.allocate(size + offset + 64);
      byte[] dirt = new byte[(int) memory.byteSize()];
      random.nextBytes(dirt);
      for (int i = 0; i < dirt.length; i++) {
        dirt[i] |= 1; // no byte is zero before the clear
      }
      MemorySegment.copy(dirt, 0, memory, JAVA_BYTE, 0, dirt.length);

      if (size % 2 == 0) {
        Zeros.clear(memory.asSlice(offset, size));
      } else {
        Zeros.clear(memory, offset, size);
      }

      byte[] after = memory.toArray(JAVA_BYTE);
      for (int i = 0; i < after.length; i++) {
        boolean inside = i >= offset && i < offset + size;
        assertThat(after[i]).as("byte %d", i).isEqualTo(inside ? 0 : dirt[i]);
      }
    }
  }
}
