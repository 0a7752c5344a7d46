package dev.patina.runtime.memory;

import dev.patina.ownership.BorrowedFrom;
import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import dev.patina.ownership.Mut;
import dev.patina.ownership.NotSend;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.ArrayList;
import java.util.List;

/**
 * A bump-pointer allocator over chunks of native memory: allocation is a pointer increment, there
 * is no per-allocation free, {@link #reset()} recycles everything at once and {@link #close()}
 * frees it.
 *
 * <p><b>Chunks.</b> The first chunk is allocated when the arena is made ({@code initialChunkSize}
 * bytes, 8 KiB by default). When a request does not fit in the rest of the current chunk, the arena
 * moves on to the next chunk it already has, or allocates a new one twice the size of the last (at
 * most {@code maxChunkSize}, 1 MiB by default, and never less than the request). The unused tail of
 * the chunk it leaves is wasted until the next reset. A <em>large</em> request, bigger than a
 * quarter of {@code maxChunkSize} or aligned more strictly than that, gets a chunk of its own, so it
 * neither wastes the current chunk nor inflates the next one; after a reset, a large chunk is
 * reused for the first large request it fits.
 *
 * <p><b>Reset and close.</b> {@code reset()} rewinds to the first chunk and keeps every chunk for
 * reuse: a steady workload allocates the same addresses again and stops calling the system
 * allocator. The arena therefore holds on to the most memory one epoch (the time between two
 * resets) needed; to give it back, close the arena and make a new one. {@code close()} frees every
 * chunk (it closes the {@link Arena} the arena made; a caller's arena given to {@link
 * #over(Arena, long, long)} stays open and keeps the memory until its owner closes it).
 *
 * <p><b>Zeroing.</b> Every segment the arena hands out is zero-filled, as {@link Arena#allocate}'s
 * are. The arena keeps the memory beyond its bump pointer zero: new chunks come zeroed, and {@code
 * reset()} clears the bytes the epoch used. Allocation itself writes nothing.
 *
 * <p><b>Threads.</b> Like {@link Arena#ofConfined()}, an arena is confined to the thread that made
 * it: every method throws {@link WrongThreadException} on another thread, and the ownership checker
 * rejects sending it to one ({@link NotSend}). The memory of an arena made by {@link #ofConfined}
 * is also only accessible from that thread (the JDK checks each access).
 *
 * <p><b>Ownership.</b> The arena is {@link Linear}: it must be closed, exactly once. What it hands
 * out borrows from it ({@link BorrowedFrom}), and {@code reset()} needs it exclusively ({@link Mut}),
 * so the ownership checker rejects a slice read after a reset (P0502) and an arena closed while a
 * slice is still in use (P0505). The checker follows such borrows only for a tracked result type:
 * use {@link #slice} (an {@link ArenaSlice}) in code you want checked. The raw {@link MemorySegment}
 * of {@link #allocate(long, long)} is for APIs that take a {@link SegmentAllocator}; neither the
 * checker nor the JDK can stop its use after a reset (the JDK cannot move a segment to a new scope
 * without the restricted {@code MemorySegment.reinterpret}), so it is valid until the next reset by
 * contract only. After close, the JDK fails every access to it (an arena made by {@link
 * #ofConfined}).
 */
@Linear
@NotSend
public final class BumpArena implements SegmentAllocator, AutoCloseable {

  /** The size of the first chunk unless the factory says otherwise: 8 KiB. */
  public static final long DEFAULT_INITIAL_CHUNK_SIZE = 8 * 1024;

  /** The largest chunk the arena grows to unless the factory says otherwise: 1 MiB. */
  public static final long DEFAULT_MAX_CHUNK_SIZE = 1024 * 1024;

  /** Chunks start at this alignment at least, so common requests need no padding at a chunk's start. */
  private static final long CHUNK_ALIGNMENT = 16;

  /** One block of memory the arena bumps through, and how much of it the current epoch used. */
  private static final class Chunk {
    final MemorySegment segment;
    final long address;
    long filled;

    Chunk(MemorySegment segment) {
      this.segment = segment;
      this.address = segment.address();
    }

    /** Clears what the epoch used, so that the chunk is all zeros again. */
    void clear() {
      if (filled > 0) {
        Zeros.clear(segment, 0, filled);
        filled = 0;
      }
    }
  }

  private final Arena backing;
  private final boolean ownsBacking;
  private final Thread owner = Thread.currentThread();
  private final long initialChunkSize;
  private final long maxChunkSize;
  private final long largeThreshold;
  private final Epoch epoch = new Epoch();

  private final List<Chunk> chunks = new ArrayList<>();
  /** Large chunks; the first {@code largeInUse} serve requests of the current epoch. */
  private final List<Chunk> large = new ArrayList<>();
  private int largeInUse;

  // the chunk being bumped through, chunks.get(index), cached for the fast path in absolute
  // addresses, so that the bump itself is three operations: align, add, compare
  private int index;
  private MemorySegment current;
  private long base; // current's address
  private long cursor; // the address of current's first free byte
  private long end; // the address just past current; CLOSED_END once the arena is closed
  private boolean closed;

  /** No allocation fits below it, so a closed arena always takes the slow path, which says it is closed. */
  private static final long CLOSED_END = Long.MIN_VALUE;

  private BumpArena(Arena backing, boolean ownsBacking, long initialChunkSize, long maxChunkSize) {
    this.backing = backing;
    this.ownsBacking = ownsBacking;
    this.initialChunkSize = initialChunkSize;
    this.maxChunkSize = maxChunkSize;
    this.largeThreshold = Math.max(1, maxChunkSize / 4);
    chunks.add(newChunk(initialChunkSize, CHUNK_ALIGNMENT));
    enter(0);
  }

  /** An arena over memory of its own ({@link Arena#ofConfined()}), with the default chunk sizes. */
  public static BumpArena ofConfined() {
    return ofConfined(DEFAULT_INITIAL_CHUNK_SIZE, DEFAULT_MAX_CHUNK_SIZE);
  }

  /** An arena over memory of its own ({@link Arena#ofConfined()}) whose chunks grow as the class describes. */
  public static BumpArena ofConfined(long initialChunkSize, long maxChunkSize) {
    checkChunkSizes(initialChunkSize, maxChunkSize); // before there is an Arena to leak
    return new BumpArena(Arena.ofConfined(), true, initialChunkSize, maxChunkSize);
  }

  /**
   * An arena whose chunks come from {@code arena}, which the caller keeps: closing this arena
   * makes it unusable but leaves {@code arena} open, and the chunks' memory lives until {@code
   * arena} is closed. The arena is still confined to the calling thread.
   */
  public static BumpArena over(Arena arena, long initialChunkSize, long maxChunkSize) {
    java.util.Objects.requireNonNull(arena, "arena");
    checkChunkSizes(initialChunkSize, maxChunkSize);
    return new BumpArena(arena, false, initialChunkSize, maxChunkSize);
  }

  private static void checkChunkSizes(long initialChunkSize, long maxChunkSize) {
    Requests.positive("initialChunkSize", initialChunkSize);
    Requests.positive("maxChunkSize", maxChunkSize);
    if (maxChunkSize > 1L << 40) { // keeps the bump arithmetic far from overflow
      throw new IllegalArgumentException("maxChunkSize must be at most 2^40 bytes, not " + maxChunkSize);
    }
    if (initialChunkSize > maxChunkSize) {
      throw new IllegalArgumentException(
          "initialChunkSize (" + initialChunkSize + ") must not exceed maxChunkSize (" + maxChunkSize + ")");
    }
  }

  /**
   * A zero-filled segment of {@code byteSize} bytes whose address is a multiple of {@code
   * byteAlignment}, valid until the next {@link #reset()} or {@link #close()}. The checker does not
   * follow a {@code MemorySegment} (see the class comment): prefer {@link #slice} in code you want
   * checked.
   *
   * @throws IllegalArgumentException if {@code byteSize} is negative or {@code byteAlignment} is not a power of two
   * @throws IllegalStateException if the arena is closed
   * @throws WrongThreadException if called from a thread other than the one that made the arena
   */
  @Override
  @BorrowedFrom("this")
  public MemorySegment allocate(long byteSize, long byteAlignment) {
    long start = Requests.alignUp(cursor, byteAlignment); // meaningless for a bad alignment: then not used
    // The fast path is one test of the thread and one unsigned comparison each for size, alignment
    // and room; it fails for anything else (another thread, a closed arena, a bad or large request,
    // a full chunk), which the slow path sorts out and reports.
    if (Thread.currentThread() != owner
        || Long.compareUnsigned(byteSize, largeThreshold) > 0
        || Long.compareUnsigned(byteAlignment - 1, largeThreshold) >= 0
        || (byteAlignment & (byteAlignment - 1)) != 0
        || start + byteSize > end) {
      if (checkIsLarge(byteSize, byteAlignment)) {
        return allocateLarge(byteSize, byteAlignment);
      }
      start = enterChunkFor(byteSize, byteAlignment);
    }
    // one allocation site for both paths: the JIT can then scalar-replace the slice when it does not escape
    cursor = start + byteSize;
    return current.asSlice(start - base, byteSize);
  }

  /**
   * The slow path's checks: throws for a closed arena, another thread or an invalid request, and
   * says whether the request is large enough for a chunk of its own.
   */
  private boolean checkIsLarge(long byteSize, long byteAlignment) {
    access("allocate");
    Requests.check(byteSize, byteAlignment);
    return byteSize > largeThreshold || byteAlignment > largeThreshold;
  }

  /**
   * A zero-filled slice of {@code byteSize} bytes aligned to {@code byteAlignment}, which borrows
   * this arena: the ownership checker rejects resetting or closing the arena while the slice is
   * still used, and the slice itself fails with {@link IllegalStateException} if it is used after
   * all (through code the checker does not see).
   */
  @BorrowedFrom("this")
  public ArenaSlice slice(long byteSize, long byteAlignment) {
    return new ArenaSlice(epoch, epoch.value, allocate(byteSize, byteAlignment));
  }

  /** A slice with {@code layout}'s size and alignment; see {@link #slice(long, long)}. */
  @BorrowedFrom("this")
  public ArenaSlice slice(MemoryLayout layout) {
    return slice(layout.byteSize(), layout.byteAlignment());
  }

  /**
   * Recycles all memory: every segment and slice handed out so far becomes invalid, and the next
   * allocation starts again at the beginning of the first chunk. Keeps every chunk; clears the
   * bytes this epoch used so that new allocations are zero-filled.
   */
  @Mut
  public void reset() {
    access("reset");
    if (index == 0 && largeInUse == 0) {
      // the common case, an epoch that fit in the first chunk: clear what it used and stay there
      Zeros.clear(current, 0, cursor - base);
      cursor = base;
    } else {
      resetChunks();
    }
    epoch.value++;
  }

  /** Clears every chunk the epoch used, large ones included, and goes back to the first chunk. */
  private void resetChunks() {
    chunks.get(index).filled = cursor - base;
    for (int i = 0; i <= index; i++) {
      chunks.get(i).clear();
    }
    for (int i = 0; i < largeInUse; i++) {
      large.get(i).clear();
    }
    largeInUse = 0;
    enter(0);
  }

  /**
   * Frees every chunk (unless they came from a caller's arena, see {@link #over}); the arena may
   * not be used afterwards. Closing it twice is an {@link IllegalStateException}, as for {@link
   * Arena#close()}.
   */
  @Override
  @Consume
  public void close() {
    access("close");
    closed = true;
    end = CLOSED_END;
    epoch.value++;
    epoch.closed = true;
    chunks.clear();
    large.clear();
    current = null;
    if (ownsBacking) {
      backing.close();
    }
  }

  /** Whether {@link #close()} has been called. */
  public boolean isClosed() {
    return closed;
  }

  /** How many ordinary chunks the arena holds (large ones not counted). */
  public int chunkCount() {
    return chunks.size();
  }

  /** How many chunks made for large requests the arena holds. */
  public int largeChunkCount() {
    return large.size();
  }

  /** The bytes of all chunks the arena holds, ordinary and large: what it costs in native memory. */
  public long reservedBytes() {
    long total = 0;
    for (Chunk c : chunks) {
      total += c.segment.byteSize();
    }
    for (Chunk c : large) {
      total += c.segment.byteSize();
    }
    return total;
  }

  private void access(String operation) {
    Requests.usable(owner, closed, "BumpArena", operation);
  }

  /**
   * Moves on to the next chunk that fits the request, allocating one if none does, and returns
   * where in it the request starts.
   */
  private long enterChunkFor(long byteSize, long byteAlignment) {
    chunks.get(index).filled = cursor - base;
    int next = -1;
    for (int i = index + 1; i < chunks.size() && next < 0; i++) {
      Chunk c = chunks.get(i);
      if (Requests.alignUp(c.address, byteAlignment) - c.address + byteSize <= c.segment.byteSize()) {
        next = i;
      }
    }
    if (next < 0) {
      long size = initialChunkSize; // the k-th chunk is initialChunkSize * 2^k bytes, at most maxChunkSize
      for (int k = 0; k < chunks.size() && size < maxChunkSize; k++) {
        size *= 2;
      }
      size = Math.min(size, maxChunkSize);
      while (size < byteSize) {
        size *= 2; // byteSize is at most maxChunkSize / 4 here, so this ends at or below maxChunkSize
      }
      chunks.add(newChunk(size, Math.max(CHUNK_ALIGNMENT, byteAlignment)));
      next = chunks.size() - 1;
    }
    enter(next);
    return Requests.alignUp(base, byteAlignment);
  }

  /** Serves a large request from a large chunk of its own, reusing a retained one that fits. */
  private MemorySegment allocateLarge(long byteSize, long byteAlignment) {
    for (int i = largeInUse; i < large.size(); i++) {
      Chunk c = large.get(i);
      if (c.segment.byteSize() >= byteSize && (c.address & (byteAlignment - 1)) == 0) {
        large.set(i, large.get(largeInUse));
        large.set(largeInUse, c);
        return useLarge(c, byteSize);
      }
    }
    Chunk c = newChunk(Requests.alignUp(byteSize, CHUNK_ALIGNMENT), Math.max(CHUNK_ALIGNMENT, byteAlignment));
    large.add(c);
    large.set(large.size() - 1, large.get(largeInUse));
    large.set(largeInUse, c);
    return useLarge(c, byteSize);
  }

  private MemorySegment useLarge(Chunk c, long byteSize) {
    largeInUse++;
    c.filled = byteSize;
    return c.segment.asSlice(0, byteSize);
  }

  private Chunk newChunk(long size, long alignment) {
    MemorySegment segment = backing.allocate(size, alignment);
    if (!ownsBacking) {
      Zeros.clear(segment); // a caller's Arena may be an implementation that does not zero
    }
    return new Chunk(segment);
  }

  private void enter(int i) {
    Chunk c = chunks.get(i);
    index = i;
    current = c.segment;
    base = c.address;
    cursor = base;
    end = base + c.segment.byteSize();
  }
}
