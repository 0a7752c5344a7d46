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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of one allocation inside a loop of {@value #BATCH}, without JMH's per-call cost. One
 * operation is one allocation of {@code size} bytes aligned to 8, with its memory written at both
 * ends with values that depend on the loop index, read back into a checksum (returned, so the JIT
 * can drop neither the loop nor the writes), and given back the way each allocator is used:
 *
 * <ul>
 *   <li>{@code arenaOfConfined}, the baseline: {@code Arena.ofConfined()}, {@code allocate}, {@code
 *       close()} for every allocation, as in {@link AllocBench};
 *   <li>{@code bumpArena}, {@code bumpArenaSlice}: {@value #BATCH} allocations from one arena, then
 *       one {@code reset()} per invocation, inside the measured time (so each operation carries
 *       1/{@value #BATCH} of a reset, the same cadence as {@link AllocBench}'s);
 *   <li>{@code slabPool}: {@code allocate}, then {@code free} of that block;
 *   <li>{@code byteBufferAllocateDirect} and {@code heapByteArray}: a new buffer or array each time,
 *       freed by the collector;
 *   <li>{@code noAllocation}, not an allocator: the same writes and reads on one segment allocated
 *       for the whole trial, the floor under every row.
 * </ul>
 *
 * JMH calls the method once per {@value #BATCH} operations and divides its time by {@value
 * #BATCH} ({@link OperationsPerInvocation}), so the harness's own cost per call (the loop around
 * the call, the blackhole), which in {@link AllocBench} is most of the floor, is spread over the
 * batch, for every allocator alike. Every row is the same loop around a different allocation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(AllocBatchBench.BATCH)
public class AllocBatchBench {

  /** Allocations per invocation, and the bump arena's allocations per reset. */
  static final int BATCH = 64;

  @Param({"16", "64", "256", "1024"})
  int size;

  private BumpArena bump;
  private SlabPool slab;
  private Arena once;
  private MemorySegment preallocated;
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

  @Benchmark
  @Baseline
  public long arenaOfConfined() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      try (Arena arena = Arena.ofConfined()) {
        sum += Touch.segment(arena.allocate(size, 8), size, value + i);
      }
    }
    return sum;
  }

  /** Not an allocator: the writes and reads alone, on memory allocated once for the trial. */
  @Benchmark
  public long noAllocation() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      sum += Touch.segment(preallocated, size, value + i);
    }
    return sum;
  }

  @Benchmark
  public long bumpArena() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      sum += Touch.segment(bump.allocate(size, 8), size, value + i);
    }
    bump.reset();
    return sum;
  }

  /** The checked handle: {@code BumpArena.slice}, with its reset check on every access. */
  @Benchmark
  public long bumpArenaSlice() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      ArenaSlice s = bump.slice(size, 8);
      long v = value + i;
      s.set(JAVA_LONG_UNALIGNED, 0, v);
      s.set(JAVA_LONG_UNALIGNED, size - 8, v + 1);
      sum += s.get(JAVA_LONG_UNALIGNED, 0) + s.get(JAVA_LONG_UNALIGNED, size - 8);
    }
    bump.reset();
    return sum;
  }

  @Benchmark
  public long slabPool() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      MemorySegment s = slab.allocate(size, 8);
      sum += Touch.segment(s, size, value + i);
      slab.free(s);
    }
    return sum;
  }

  /** Freed by a cleaner once the collector finds the buffer unreachable. */
  @Benchmark
  public long byteBufferAllocateDirect() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      sum += Touch.buffer(ByteBuffer.allocateDirect(size).order(ByteOrder.nativeOrder()), size, value + i);
    }
    return sum;
  }

  /** Freed by the collector. */
  @Benchmark
  public long heapByteArray() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      sum += Touch.array(new byte[size], size, value + i);
    }
    return sum;
  }
}
