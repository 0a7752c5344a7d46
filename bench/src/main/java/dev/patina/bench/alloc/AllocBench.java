package dev.patina.bench.alloc;

import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import dev.patina.bench.Baseline;
import dev.patina.runtime.memory.ArenaSlice;
import dev.patina.runtime.memory.BumpArena;
import dev.patina.runtime.memory.SlabPool;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One operation: get {@code size} bytes, write a {@code long} at their start and at their end,
 * read both back, and give the memory back the way each allocator does. Every allocator hands out
 * zeroed memory (the bump arena clears at reset, the pool at free), so all of them pay for zeroing.
 * The sum of the two reads is returned, so the JIT cannot drop the work. Each operation is one
 * benchmark call, so every row includes JMH's cost per call (see {@code noAllocation});
 * {@link AllocBatchBench} measures the same allocations 64 to a call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AllocBench {

  /** The bump arena is reset after this many allocations: one "request" of small allocations. */
  static final int RESET_EVERY = 64;

  @Param({"16", "64", "256", "1024"})
  int size;

  private BumpArena bump;
  private SlabPool slab;
  private Arena once;
  private MemorySegment preallocated;
  private int sinceReset;
  private long value;

  @Setup(Level.Trial)
  public void setUp() {
    bump = BumpArena.ofConfined();
    slab = SlabPool.ofConfined(size);
    once = Arena.ofConfined();
    preallocated = once.allocate(size, 8);
    value = System.nanoTime(); // not a constant the JIT could fold into the writes
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    bump.close();
    slab.close();
    once.close();
  }

  /** Writes at both ends of the segment and reads them back. */
  private long touch(MemorySegment s) {
    return Touch.segment(s, size, value);
  }

  /** Resets the bump arena after every {@link #RESET_EVERY} allocations. */
  private void countTowardsReset() {
    if (++sinceReset == RESET_EVERY) {
      sinceReset = 0;
      bump.reset();
    }
  }

  @Benchmark
  @Baseline
  public long arenaOfConfined() {
    try (Arena arena = Arena.ofConfined()) {
      return touch(arena.allocate(size, 8));
    }
  }

  /**
   * Not an allocator: the same writes and reads on memory allocated once for the whole trial, that
   * is the part of every other benchmark's time that is not getting and giving back memory (the
   * loop, the two writes and reads and their bounds, alignment and thread checks). No allocator can
   * do better than this; a row's time minus this one is what its allocation costs.
   */
  @Benchmark
  public long noAllocation() {
    return touch(preallocated);
  }

  @Benchmark
  public long bumpArena() {
    long r = touch(bump.allocate(size, 8));
    countTowardsReset();
    return r;
  }

  /** The checked handle: a {@code BumpArena.slice} with its reset check on every access. */
  @Benchmark
  public long bumpArenaSlice() {
    ArenaSlice s = bump.slice(size, 8);
    s.set(JAVA_LONG_UNALIGNED, 0, value);
    s.set(JAVA_LONG_UNALIGNED, size - 8, value + 1);
    long r = s.get(JAVA_LONG_UNALIGNED, 0) + s.get(JAVA_LONG_UNALIGNED, size - 8);
    countTowardsReset();
    return r;
  }

  @Benchmark
  public long slabPool() {
    MemorySegment s = slab.allocate(size, 8);
    long r = touch(s);
    slab.free(s);
    return r;
  }

  /** Freed by a cleaner once the collector finds the buffer unreachable. */
  @Benchmark
  public long byteBufferAllocateDirect() {
    return Touch.buffer(ByteBuffer.allocateDirect(size).order(ByteOrder.nativeOrder()), size, value);
  }

  /** Freed by the collector; touched through a byte-array view, as heap code does. */
  @Benchmark
  public long heapByteArray() {
    return Touch.array(new byte[size], size, value);
  }
}
