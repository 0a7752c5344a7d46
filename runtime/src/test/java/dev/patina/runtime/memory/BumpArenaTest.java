package dev.patina.runtime.memory;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BumpArenaTest {

  /** Big enough for every request of the random sequences, all zeros: what fresh memory must equal. */
  private static final MemorySegment ZEROS = MemorySegment.ofArray(new byte[700 * 1024]);

  /**
   * Random requests, small and large, with resets in between: every segment has the size and
   * alignment asked for, arrives zero-filled (even where the previous epoch wrote), and overlaps
   * no other segment of its epoch.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 1234, 99_991, 31_337_000})
  void segmentsHaveTheirSizeAndAlignmentAndNeverOverlap(long seed) {
    Random random = new Random(seed);
    try (BumpArena arena = BumpArena.ofConfined(1024, 64 * 1024)) {
      List<MemorySegment> epoch = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        if (random.nextInt(200) == 0) {
          assertDisjoint(epoch);
          epoch.clear();
          arena.reset();
        }
        long size = random.nextInt(50) == 0 ? random.nextInt(40_000) : random.nextInt(300);
        long alignment = 1L << random.nextInt(random.nextInt(30) == 0 ? 15 : 7);
        MemorySegment s = arena.allocate(size, alignment);
        assertThat(s.byteSize()).isEqualTo(size);
        assertThat(s.address() % alignment).as("address of %s aligned to %s", s, alignment).isZero();
        assertThat(MemorySegment.mismatch(s, 0, size, ZEROS, 0, size)).as("zero-filled").isEqualTo(-1);
        s.fill((byte) (i | 1)); // dirty it, so that a missed clear shows up after the next reset
        epoch.add(s);
      }
      assertDisjoint(epoch);
    }
  }

  private static void assertDisjoint(List<MemorySegment> segments) {
    List<MemorySegment> sorted = new ArrayList<>(segments);
    sorted.sort(Comparator.comparingLong(MemorySegment::address));
    for (int i = 1; i < sorted.size(); i++) {
      MemorySegment before = sorted.get(i - 1);
      assertThat(before.address() + before.byteSize()).as("%s ends before %s", before, sorted.get(i))
          .isLessThanOrEqualTo(sorted.get(i).address());
    }
  }

  @Test
  void chunksGrowByDoublingUpToTheMaximum() {
    try (BumpArena arena = BumpArena.ofConfined(1024, 4096)) {
      assertThat(arena.chunkCount()).isEqualTo(1);
      assertThat(arena.reservedBytes()).isEqualTo(1024);
      List<Long> reserved = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        arena.allocate(100, 1);
        if (reserved.isEmpty() || reserved.getLast() != arena.reservedBytes()) {
          reserved.add(arena.reservedBytes());
        }
      }
      // chunks of 1, 2, 4, 4, 4, 4 and 4 KiB hold 10 + 20 + 5 * 40 >= 200 allocations of 100 bytes
      assertThat(reserved).containsExactly(1024L, 3072L, 7168L, 11264L, 15360L, 19456L, 23552L);
      assertThat(arena.chunkCount()).isEqualTo(7);
      assertThat(arena.largeChunkCount()).isZero();
    }
  }

  @Test
  void aRequestBiggerThanTheNextChunkGetsAChunkThatFitsIt() {
    try (BumpArena arena = BumpArena.ofConfined(1024, 64 * 1024)) {
      MemorySegment s = arena.allocate(10_000, 8); // not large (the threshold is 16 KiB), but > 2 KiB
      assertThat(s.byteSize()).isEqualTo(10_000);
      assertThat(arena.chunkCount()).isEqualTo(2);
      assertThat(arena.reservedBytes()).isEqualTo(1024 + 16 * 1024);
    }
  }

  @Test
  void largeRequestsGetTheirOwnChunkAndLeaveTheCurrentOneAlone() {
    try (BumpArena arena = BumpArena.ofConfined(1024, 4096)) {
      MemorySegment first = arena.allocate(16, 8);
      MemorySegment big = arena.allocate(100_000, 64);
      MemorySegment second = arena.allocate(16, 8);
      assertThat(big.byteSize()).isEqualTo(100_000);
      assertThat(big.address() % 64).isZero();
      assertThat(arena.largeChunkCount()).isEqualTo(1);
      assertThat(arena.chunkCount()).isEqualTo(1);
      assertThat(second.address()).as("bumps on in the same chunk").isEqualTo(first.address() + 16);
      MemorySegment strict = arena.allocate(8, 2048); // aligned more strictly than 4096 / 4
      assertThat(strict.address() % 2048).isZero();
      assertThat(arena.largeChunkCount()).isEqualTo(2);
    }
  }

  @Test
  void resetHandsOutTheSameAddressesAgainWithoutNewChunks() {
    Random random = new Random(5);
    long[] sizes = random.longs(500, 0, 2_000).toArray();
    sizes[100] = 50_000; // large
    sizes[300] = 70_000; // large
    try (BumpArena arena = BumpArena.ofConfined(1024, 16 * 1024)) {
      long[] before = addresses(arena, sizes);
      int chunks = arena.chunkCount();
      long reserved = arena.reservedBytes();
      arena.reset();
      assertThat(addresses(arena, sizes)).isEqualTo(before);
      assertThat(arena.chunkCount()).isEqualTo(chunks);
      assertThat(arena.largeChunkCount()).isEqualTo(2);
      assertThat(arena.reservedBytes()).isEqualTo(reserved);
    }
  }

  private static long[] addresses(BumpArena arena, long[] sizes) {
    long[] out = new long[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      MemorySegment s = arena.allocate(sizes[i], 8);
      s.fill((byte) 0x5a);
      out[i] = s.address();
    }
    return out;
  }

  @Test
  void aLargeChunkIsReusedOnlyForARequestItFits() {
    try (BumpArena arena = BumpArena.ofConfined(1024, 4096)) {
      long small = arena.allocate(2_000, 8).address();
      arena.reset();
      long bigger = arena.allocate(3_000, 8).address();
      assertThat(bigger).isNotEqualTo(small);
      assertThat(arena.largeChunkCount()).isEqualTo(2);
      long again = arena.allocate(1_500, 8).address(); // the 2,000-byte chunk is free in this epoch
      assertThat(again).isEqualTo(small);
      assertThat(arena.largeChunkCount()).isEqualTo(2);
    }
  }

  @Test
  void memoryIsZeroAgainAfterReset() {
    try (BumpArena arena = BumpArena.ofConfined(1024, 1024)) { // requests over 256 bytes are large
      MemorySegment s = arena.allocate(200, 1);
      s.fill((byte) -1);
      MemorySegment large = arena.allocate(1_000, 1);
      large.fill((byte) -1);
      arena.reset();
      MemorySegment t = arena.allocate(200, 1);
      assertThat(t.address()).isEqualTo(s.address());
      assertThat(t.toArray(JAVA_BYTE)).containsOnly(0);
      assertThat(arena.allocate(1_000, 1).toArray(JAVA_BYTE)).containsOnly(0);
    }
  }

  @Test
  void theSegmentAllocatorConveniencesWorkOnTop() {
    try (BumpArena arena = BumpArena.ofConfined()) {
      MemorySegment text = arena.allocateFrom("patina");
      assertThat(text.getString(0)).isEqualTo("patina");
      MemorySegment longs = arena.allocate(JAVA_LONG, 5);
      assertThat(longs.byteSize()).isEqualTo(40);
      assertThat(longs.address() % 8).isZero();
      MemorySegment ints = arena.allocateFrom(JAVA_INT, 1, 2, 3);
      assertThat(ints.toArray(JAVA_INT)).containsExactly(1, 2, 3);
    }
  }

  @Test
  @SuppressWarnings({"ownership:P0382", "ownership:P0507"}) // uses and closes the arena after close() on purpose: the run-time check under test
  void useAfterCloseFailsClearly() {
    BumpArena arena = BumpArena.ofConfined();
    MemorySegment segment = arena.allocate(8, 8);
    ArenaSlice slice = arena.slice(JAVA_LONG);
    long used = slice.get(JAVA_LONG, 0);
    arena.close();
    assertThat(used).isZero();
    assertThat(arena.isClosed()).isTrue();
    assertThatThrownBy(() -> arena.allocate(8, 8))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this BumpArena is closed: allocate() after close()");
    assertThatThrownBy(arena::reset).isInstanceOf(IllegalStateException.class).hasMessageContaining("reset() after close()");
    assertThatThrownBy(arena::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("close() after close()");
    // the memory is freed: the JDK fails every access through the old segment
    assertThatThrownBy(() -> segment.get(JAVA_LONG, 0)).isInstanceOf(IllegalStateException.class);
    assertThat(segment.scope().isAlive()).isFalse();
  }

  @Test
  @SuppressWarnings("ownership:P0505") // closes the arena while a slice is live on purpose: the run-time check under test
  void aSliceUsedAfterCloseFailsClearly() {
    BumpArena arena = BumpArena.ofConfined();
    ArenaSlice slice = arena.slice(JAVA_LONG);
    arena.close();
    assertThat(slice.isValid()).isFalse();
    assertThatThrownBy(() -> slice.get(JAVA_LONG, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this ArenaSlice is used after its BumpArena was closed");
  }

  @Test
  @SuppressWarnings("ownership:P0502") // resets the arena while a slice is live on purpose: the run-time check under test
  void aSliceUsedAfterResetFailsClearly() {
    try (BumpArena arena = BumpArena.ofConfined()) {
      ArenaSlice slice = arena.slice(16, 8);
      slice.set(JAVA_LONG, 0, 42L);
      assertThat(slice.get(JAVA_LONG, 0)).isEqualTo(42L);
      assertThat(slice.isValid()).isTrue();
      arena.reset();
      arena.reset();
      assertThat(slice.isValid()).isFalse();
      assertThat(slice.byteSize()).isEqualTo(16);
      assertThatThrownBy(() -> slice.get(JAVA_LONG, 0))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("this ArenaSlice is used after its BumpArena was reset: it was made 2 reset(s) ago, "
              + "and its memory now belongs to later allocations");
      assertThatThrownBy(slice::segment).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> slice.setString(0, "x")).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aSliceReadsAndWritesItsMemory() {
    try (BumpArena arena = BumpArena.ofConfined()) {
      ArenaSlice slice = arena.slice(64, 8);
      slice.set(JAVA_INT, 0, 7);
      slice.set(JAVA_LONG, 8, -3L);
      slice.set(java.lang.foreign.ValueLayout.JAVA_DOUBLE, 16, 2.5);
      slice.set(JAVA_BYTE, 24, (byte) 9);
      slice.setString(32, "id-17");
      assertThat(slice.get(JAVA_INT, 0)).isEqualTo(7);
      assertThat(slice.get(JAVA_LONG, 8)).isEqualTo(-3L);
      assertThat(slice.get(java.lang.foreign.ValueLayout.JAVA_DOUBLE, 16)).isEqualTo(2.5);
      assertThat(slice.get(JAVA_BYTE, 24)).isEqualTo((byte) 9);
      assertThat(slice.getString(32)).isEqualTo("id-17");
      assertThat(slice.toByteArray(32, 2)).containsExactly('i', 'd');
      assertThat(slice.segment().byteSize()).isEqualTo(64);
      assertThatThrownBy(() -> slice.get(JAVA_LONG, 60)).isInstanceOf(IndexOutOfBoundsException.class);
    }
  }

  @Test
  @SuppressWarnings({"ownership:P0277", "ownership:P0373"}) // sends the arena to another thread on purpose: the run-time check under test
  void anotherThreadIsRejected() throws InterruptedException {
    try (BumpArena arena = BumpArena.ofConfined()) {
      CompletableFuture<MemorySegment> elsewhere = new CompletableFuture<>();
      Thread thread = Thread.ofPlatform().name("intruder").start(() -> {
        try {
          elsewhere.complete(arena.allocate(8, 8));
        } catch (RuntimeException e) {
          elsewhere.completeExceptionally(e);
        }
      });
      thread.join();
      assertThatThrownBy(elsewhere::get)
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(WrongThreadException.class)
          .hasMessageContaining("confined to thread")
          .hasMessageContaining("allocate() was called from thread `intruder`");
    }
  }

  @Test
  @SuppressWarnings("ownership:P1002") // the factories called in the lambdas throw: no arena is made, so none is dropped
  void invalidRequestsAreRejected() {
    try (BumpArena arena = BumpArena.ofConfined()) {
      assertThatThrownBy(() -> arena.allocate(-1, 8)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must not be negative");
      assertThatThrownBy(() -> arena.allocate(8, 3)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("power of two");
      assertThatThrownBy(() -> arena.allocate(8, 0)).isInstanceOf(IllegalArgumentException.class);
      assertThat(arena.allocate(0, 8).byteSize()).isZero();
    }
    assertThatThrownBy(() -> BumpArena.ofConfined(4096, 1024)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not exceed maxChunkSize");
    assertThatThrownBy(() -> BumpArena.ofConfined(0, 1024)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("initialChunkSize must be positive");
    assertThatThrownBy(() -> BumpArena.ofConfined(1024, Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxChunkSize must be at most 2^40 bytes");
  }

  /**
   * The fast path tests alignments with unsigned arithmetic that wraps for zero and negative
   * values: each of these must still reach the slow path's check, and leave the arena as it was.
   */
  @ParameterizedTest
  @ValueSource(longs = {0, -1, -8, -4096, Long.MIN_VALUE, Long.MAX_VALUE, 3, 24, (1L << 40) + 1})
  void everyInvalidAlignmentIsRejected(long alignment) {
    try (BumpArena arena = BumpArena.ofConfined(1024, 4096)) {
      long first = arena.allocate(8, 8).address();
      assertThatThrownBy(() -> arena.allocate(8, alignment)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("invalid alignment " + alignment + ": it must be a power of two");
      assertThat(arena.allocate(8, 8).address()).as("the failed request moved nothing").isEqualTo(first + 8);
      assertThat(arena.chunkCount()).isEqualTo(1);
      assertThat(arena.largeChunkCount()).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, -16, Long.MIN_VALUE})
  void everyNegativeSizeIsRejected(long size) {
    try (BumpArena arena = BumpArena.ofConfined(1024, 4096)) {
      long first = arena.allocate(8, 8).address();
      assertThatThrownBy(() -> arena.allocate(size, 8)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("invalid allocation size " + size + ": it must not be negative");
      assertThat(arena.allocate(8, 8).address()).isEqualTo(first + 8);
    }
  }

  @Test
  void aRequestThatExactlyFillsTheChunkStaysInIt() {
    try (BumpArena arena = BumpArena.ofConfined(1024, 4096)) {
      MemorySegment head = arena.allocate(1000, 8);
      MemorySegment tail = arena.allocate(24, 8); // 1000 + 24 = 1024: the last byte of the chunk
      assertThat(tail.address()).isEqualTo(head.address() + 1000);
      assertThat(arena.allocate(0, 1).address()).as("an empty request fits at the very end").isEqualTo(head.address() + 1024);
      assertThat(arena.chunkCount()).isEqualTo(1);
      arena.allocate(1, 1);
      assertThat(arena.chunkCount()).isEqualTo(2);
    }
  }

  @Test
  void overACallersArenaLeavesThatArenaOpen() {
    try (Arena shared = Arena.ofShared()) {
      MemorySegment segment;
      try (BumpArena arena = BumpArena.over(shared, 512, 512)) {
        segment = arena.allocate(100, 4);
        assertThat(segment.scope()).isEqualTo(shared.allocate(1).scope());
        assertThat(segment.toArray(JAVA_BYTE)).containsOnly(0);
      }
      assertThat(segment.scope().isAlive()).as("the caller's arena still owns the memory").isTrue();
      segment.set(JAVA_INT, 0, 1);
    }
  }
}
