package dev.patina.runtime.memory;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlabPoolTest {

  /**
   * Random allocations and frees in any order: every block has the size asked for and the pool's
   * alignment, arrives zero-filled although the previous user wrote all of it, lies at a distinct
   * block start, and the pool's counts agree with what is live.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 1234, 99_991, 31_337_000})
  void blocksAreAlignedZeroedAndDistinctUnderRandomAllocateAndFree(long seed) {
    Random random = new Random(seed);
    try (SlabPool pool = SlabPool.ofConfined(48, 16, 8)) {
      assertThat(pool.blockSize()).isEqualTo(48);
      List<MemorySegment> live = new ArrayList<>();
      Set<Long> starts = new HashSet<>();
      for (int i = 0; i < 5_000; i++) {
        if (!live.isEmpty() && random.nextInt(100) < 45) {
          MemorySegment gone = live.remove(random.nextInt(live.size()));
          assertThat(starts.remove(gone.address())).isTrue();
          pool.free(gone);
        } else {
          long size = random.nextInt(49);
          MemorySegment s = pool.allocate(size, 1L << random.nextInt(5));
          assertThat(s.byteSize()).isEqualTo(size);
          assertThat(s.address() % 16).isZero();
          assertThat(s.toArray(JAVA_BYTE)).as("zero-filled").isEqualTo(new byte[(int) size]);
          assertThat(starts.add(s.address())).as("no live block is handed out twice").isTrue();
          s.fill((byte) (i | 1));
          live.add(s);
        }
        assertThat(pool.allocatedBlocks()).isEqualTo(live.size());
        assertThat(pool.allocatedBlocks() + pool.freeBlocks()).isEqualTo(pool.slabCount() * 8);
      }
      for (MemorySegment s : live) {
        pool.free(s);
      }
      assertThat(pool.allocatedBlocks()).isZero();
    }
  }

  @Test
  void aFreedBlockIsTheNextOneHandedOut() {
    try (SlabPool pool = SlabPool.ofConfined(64)) {
      MemorySegment a = pool.allocate(64, 8);
      MemorySegment b = pool.allocate(64, 8);
      assertThat(b.address()).isEqualTo(a.address() + 64);
      a.set(JAVA_LONG, 0, 99L);
      pool.free(a);
      MemorySegment c = pool.allocate(10, 1);
      assertThat(c.address()).isEqualTo(a.address());
      assertThat(c.toArray(JAVA_BYTE)).containsOnly(0);
      pool.free(b);
      pool.free(c);
      assertThat(pool.slabCount()).isEqualTo(1);
    }
  }

  @Test
  void newSlabsAreAddedOnlyWhenTheFreeListIsEmpty() {
    try (SlabPool pool = SlabPool.ofConfined(32, 32, 3)) { // 3 rounds up to 4 blocks a slab
      List<MemorySegment> held = new ArrayList<>();
      for (int i = 0; i < 9; i++) {
        held.add(pool.allocate(32, 32));
      }
      assertThat(pool.slabCount()).isEqualTo(3);
      assertThat(pool.freeBlocks()).isEqualTo(3);
      for (MemorySegment s : held) {
        pool.free(s);
      }
      for (int i = 0; i < 12; i++) {
        pool.allocate(32, 32);
      }
      assertThat(pool.slabCount()).as("12 blocks fit in the 3 slabs").isEqualTo(3);
    }
  }

  @Test
  void theDefaultGeometryFollowsTheBlockSize() {
    try (SlabPool pool = SlabPool.ofConfined(24)) {
      assertThat(pool.blockAlignment()).isEqualTo(8);
      assertThat(pool.blockSize()).isEqualTo(24);
      pool.allocate(24, 8);
      assertThat(pool.freeBlocks() + 1).as("a 64 KiB slab, rounded up to a power of two").isEqualTo(4096);
    }
    try (SlabPool pool = SlabPool.ofConfined(20, 16, 1)) {
      assertThat(pool.blockSize()).as("rounded up to the alignment").isEqualTo(32);
    }
  }

  @Test
  void doubleFreeIsRejected() {
    try (SlabPool pool = SlabPool.ofConfined(64)) {
      MemorySegment a = pool.allocate(64, 8);
      pool.free(a);
      assertThatThrownBy(() -> pool.free(a))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("double free: the block at 0x" + Long.toHexString(a.address()) + " is already free");
      assertThat(pool.freeBlocks()).isEqualTo(1024);
    }
  }

  @Test
  void segmentsThePoolDidNotHandOutAreRejected() {
    try (SlabPool pool = SlabPool.ofConfined(64); SlabPool other = SlabPool.ofConfined(64); Arena arena = Arena.ofConfined()) {
      MemorySegment mine = pool.allocate(64, 8);
      MemorySegment theirs = other.allocate(64, 8);
      assertThatThrownBy(() -> pool.free(theirs))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("did not hand out (it lies in none of its slabs)");
      assertThatThrownBy(() -> pool.free(arena.allocate(64, 8))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("none of its slabs");
      assertThatThrownBy(() -> pool.free(MemorySegment.ofArray(new byte[64])))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("it is a heap segment");
      assertThatThrownBy(() -> pool.free(mine.asSlice(8)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("it starts 8 bytes into a block");
      assertThatThrownBy(() -> pool.free(null)).isInstanceOf(NullPointerException.class);
      assertThat(pool.allocatedBlocks()).as("rejected frees change nothing").isEqualTo(1);
      pool.free(mine.asSlice(0, 16)); // a slice that starts at the block's start names the block
      assertThat(pool.allocatedBlocks()).isZero();
      other.free(theirs);
    }
  }

  /**
   * free() finds a block's index with a shift or a multiplication instead of a division, and its
   * slab by trying the previous one first: for block sizes that are powers of two and that are
   * not (odd, even, near a power of two), over several slabs freed in a seeded random order,
   * every block is found, every offset inside a block is rejected with its exact distance from
   * the block's start, and each block, freed once, cannot be freed again.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 24, 48, 100, 127, 129, 4095, 4097, 65_537})
  void everyBlockIsFoundAndEveryOffsetInsideOneIsRejected(long blockSize) {
    Random random = new Random(blockSize * 31 + 7);
    int perSlab = 4;
    try (SlabPool pool = SlabPool.ofConfined(blockSize, 1, perSlab)) {
      List<MemorySegment> blocks = new ArrayList<>();
      for (int i = 0; i < perSlab * 5; i++) {
        blocks.add(pool.allocate(blockSize, 1));
      }
      assertThat(pool.slabCount()).isEqualTo(5);
      java.util.Collections.shuffle(blocks, random);
      for (MemorySegment block : blocks) {
        if (blockSize > 1) {
          long into = 1 + random.nextLong(blockSize - 1);
          assertThatThrownBy(() -> pool.free(block.asSlice(into)))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("it starts " + into + " bytes into a block");
        }
        pool.free(block);
        assertThatThrownBy(() -> pool.free(block)).isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith("double free");
      }
      assertThat(pool.allocatedBlocks()).isZero();
      assertThat(pool.freeBlocks()).isEqualTo(perSlab * 5);
    }
  }

  @Test
  void aFreeBeforeTheFirstSlabIsRejected() {
    try (SlabPool pool = SlabPool.ofConfined(16); Arena arena = Arena.ofConfined()) {
      assertThat(pool.slabCount()).isZero();
      assertThatThrownBy(() -> pool.free(arena.allocate(16, 8))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("none of its slabs");
      assertThatThrownBy(() -> pool.free(MemorySegment.ofAddress(0))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("none of its slabs");
    }
  }

  @Test
  void requestsBiggerThanABlockFailClearly() {
    try (SlabPool pool = SlabPool.ofConfined(64, 8, 16)) {
      assertThatThrownBy(() -> pool.allocate(65, 8))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("this SlabPool hands out blocks of 64 bytes aligned to 8; it cannot allocate 65 bytes aligned to 8"
              + " (use a pool with bigger blocks, or a BumpArena)");
      assertThatThrownBy(() -> pool.allocate(8, 16)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("aligned to 16");
      assertThatThrownBy(() -> pool.allocate(8, 6)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("power of two");
      assertThat(pool.slabCount()).as("a failed request allocates nothing").isZero();
    }
  }

  @Test
  void resetFreesEveryBlockAndReusesTheSameAddresses() {
    try (SlabPool pool = SlabPool.ofConfined(128, 64, 4)) {
      List<Long> first = new ArrayList<>();
      MemorySegment kept = null;
      for (int i = 0; i < 10; i++) {
        MemorySegment s = pool.allocate(128, 64);
        s.fill((byte) 7);
        first.add(s.address());
        kept = s;
      }
      pool.reset();
      assertThat(pool.allocatedBlocks()).isZero();
      assertThat(pool.freeBlocks()).isEqualTo(12);
      MemorySegment stale = kept;
      assertThatThrownBy(() -> pool.free(stale)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("freed after reset()");
      List<Long> second = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        MemorySegment s = pool.allocate(128, 64);
        assertThat(s.toArray(JAVA_BYTE)).containsOnly(0);
        second.add(s.address());
      }
      assertThat(second).containsExactlyInAnyOrderElementsOf(first);
      assertThat(pool.slabCount()).isEqualTo(3);
    }
  }

  @Test
  @SuppressWarnings({"ownership:P0382", "ownership:P0507"}) // uses and closes the pool after close() on purpose: the run-time check under test
  void useAfterCloseFailsClearly() {
    SlabPool pool = SlabPool.ofConfined(64);
    MemorySegment block = pool.allocate(64, 8);
    pool.close();
    assertThat(pool.isClosed()).isTrue();
    assertThatThrownBy(() -> pool.allocate(8, 8)).isInstanceOf(IllegalStateException.class)
        .hasMessage("this SlabPool is closed: allocate() after close()");
    assertThatThrownBy(() -> pool.free(block)).isInstanceOf(IllegalStateException.class)
        .hasMessage("this SlabPool is closed: free() after close()");
    assertThatThrownBy(pool::reset).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(pool::close).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> block.get(JAVA_LONG, 0)).as("the memory is freed").isInstanceOf(IllegalStateException.class);
  }

  @Test
  @SuppressWarnings({"ownership:P0277", "ownership:P0373"}) // sends the pool to another thread on purpose: the run-time check under test
  void anotherThreadIsRejected() throws InterruptedException {
    try (SlabPool pool = SlabPool.ofConfined(64)) {
      RuntimeException[] failure = new RuntimeException[1];
      Thread thread = Thread.ofPlatform().name("intruder").start(() -> {
        try {
          pool.allocate(8, 8);
        } catch (RuntimeException e) {
          failure[0] = e;
        }
      });
      thread.join();
      assertThat(failure[0]).isInstanceOf(WrongThreadException.class)
          .hasMessageContaining("allocate() was called from thread `intruder`");
      assertThat(pool.slabCount()).isZero();
    }
  }

  @Test
  void overACallersArenaZeroesItsSlabsAndLeavesTheArenaOpen() {
    try (Arena shared = Arena.ofShared()) {
      MemorySegment block;
      try (SlabPool pool = SlabPool.over(shared, 256, 8, 2)) {
        block = pool.allocate(256, 8);
        assertThat(block.toArray(JAVA_BYTE)).containsOnly(0);
      }
      assertThat(block.scope().isAlive()).isTrue();
    }
  }

  @Test
  @SuppressWarnings("ownership:P1002") // the factories called in the lambdas throw: no pool is made, so none is dropped
  void badGeometryIsRejected() {
    assertThatThrownBy(() -> SlabPool.ofConfined(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blockSize must be positive");
    assertThatThrownBy(() -> SlabPool.ofConfined(64, 3, 4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("power of two");
    assertThatThrownBy(() -> SlabPool.ofConfined(64, 8, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blocksPerSlab must be positive");
    assertThatThrownBy(() -> SlabPool.ofConfined(64, 8, (1 << 20) + 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blocksPerSlab must be at most 2^20");
    assertThatThrownBy(() -> SlabPool.ofConfined(1L << 41, 8, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be at most 2^40 bytes");
  }
}
