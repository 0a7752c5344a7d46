package dev.patina.runtime.memory;

import dev.patina.ownership.BorrowedFrom;
import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import dev.patina.ownership.Mut;
import dev.patina.ownership.NotSend;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.Arrays;
import java.util.Objects;

/**
 * A pool of fixed-size blocks of native memory, carved from slabs: {@link #allocate} takes a block
 * off a free list and {@link #free} puts it back, both in constant time, so memory that is
 * allocated and freed in any order is reused without fragmentation.
 *
 * <p><b>Blocks and slabs.</b> Every block is {@link #blockSize()} bytes (the requested size
 * rounded up to the block alignment) and starts at a multiple of {@link #blockAlignment()}. A
 * slab holds a power-of-two number of blocks ({@code blocksPerSlab}, rounded up); a new slab is
 * allocated when the free list is empty, and slabs are kept until {@link #close()}. A request for
 * more than the block size, or for a stricter alignment, fails with {@link
 * IllegalArgumentException}: use a pool with bigger blocks, or a {@link BumpArena}.
 *
 * <p><b>Freeing.</b> {@link #free} takes a segment this pool handed out (or a slice of one that
 * starts at the block's start) and rejects anything else: a segment of other memory, one that
 * does not start at a block boundary, or a block that is already free (a double free). Finding the
 * slab is one comparison when the block is in the slab the previous free found, and otherwise a
 * binary search over the slabs' addresses, O(log slabs); the free list itself is O(1).
 *
 * <p><b>Zeroing.</b> Every segment handed out is zero-filled, as {@link Arena#allocate}'s are:
 * {@link #free} and {@link #reset()} clear a block when it goes back to the free list, so old
 * contents never reach the next user and allocation writes nothing.
 *
 * <p><b>Threads and ownership</b> are as for {@link BumpArena}: the pool is confined to the thread
 * that made it ({@link WrongThreadException} elsewhere; {@link NotSend} for the checker), it is
 * {@link Linear} and must be closed exactly once, and {@code reset()} is {@link Mut}. A freed or
 * reset block's segment stays accessible at run time (the JDK cannot revoke one slice of a live
 * arena without the restricted {@code MemorySegment.reinterpret}), so using it after {@code free}
 * or {@code reset} is a bug nothing detects; freeing it again is detected.
 */
@Linear
@NotSend
public final class SlabPool implements SegmentAllocator, AutoCloseable {

  /** Slabs are about this big unless the factory says otherwise: 64 KiB. */
  public static final long DEFAULT_SLAB_BYTES = 64 * 1024;

  private static final long MAX_DEFAULT_ALIGNMENT = 4096;

  private final Arena backing;
  private final boolean ownsBacking;
  private final Thread owner = Thread.currentThread();
  private final long blockSize;
  private final long blockAlignment;
  private final int slabShift;
  private final long slabBytes;

  // free() finds a block's index in its slab by a shift when the block size is a power of two,
  // and otherwise by a multiplication by blockMagic, floor(2^64 / blockSize), plus one correction
  // (blockIndex): a 64-bit division would cost more than the rest of free() together
  private final int blockShift; // log2(blockSize), or -1 when blockSize is not a power of two
  private final long blockMagic;

  private MemorySegment[] slabs = new MemorySegment[4];
  private int slabCount;
  // the slabs' start addresses in ascending order, and which slab each is, for free()'s search
  private long[] sortedBases = new long[4];
  private int[] sortedSlabs = new int[4];
  private int lastFound; // the entry of sortedBases that the previous free() found, tried first
  // block i is block (i & mask) of slab (i >>> slabShift); free blocks are on the stack
  private int[] freeStack = new int[0];
  private int freeCount;
  private long[] inUse = new long[0];
  private boolean closed;

  private SlabPool(Arena backing, boolean ownsBacking, long blockSize, long blockAlignment, int blocksPerSlab) {
    this.backing = backing;
    this.ownsBacking = ownsBacking;
    this.blockAlignment = blockAlignment;
    this.blockSize = Requests.alignUp(blockSize, blockAlignment);
    this.slabShift = 32 - Integer.numberOfLeadingZeros(blocksPerSlab - 1);
    this.slabBytes = this.blockSize << slabShift; // at most 2^41 * 2^20: checkGeometry bounds both
    boolean powerOfTwo = Long.bitCount(this.blockSize) == 1;
    this.blockShift = powerOfTwo ? Long.numberOfTrailingZeros(this.blockSize) : -1;
    // blockSize is at least 3 here, so the quotient is below 2^63
    this.blockMagic = powerOfTwo ? 0 : Long.divideUnsigned(-1L, this.blockSize);
  }

  /**
   * A pool of {@code blockSize}-byte blocks over memory of its own ({@link Arena#ofConfined()}),
   * aligned to the largest power of two that divides {@code blockSize} (at most 4096), in slabs of
   * about 64 KiB.
   */
  public static SlabPool ofConfined(long blockSize) {
    Requests.positive("blockSize", blockSize);
    long alignment = Math.min(Long.lowestOneBit(blockSize), MAX_DEFAULT_ALIGNMENT);
    int perSlab = (int) Math.max(1, Math.min(DEFAULT_SLAB_BYTES / blockSize, 1 << 20));
    return ofConfined(blockSize, alignment, perSlab);
  }

  /** A pool over memory of its own ({@link Arena#ofConfined()}) with the given block geometry. */
  public static SlabPool ofConfined(long blockSize, long blockAlignment, int blocksPerSlab) {
    checkGeometry(blockSize, blockAlignment, blocksPerSlab); // before there is an Arena to leak
    return new SlabPool(Arena.ofConfined(), true, blockSize, blockAlignment, blocksPerSlab);
  }

  /**
   * A pool whose slabs come from {@code arena}, which the caller keeps: closing the pool leaves
   * {@code arena} open, and the slabs' memory lives until it is closed.
   */
  public static SlabPool over(Arena arena, long blockSize, long blockAlignment, int blocksPerSlab) {
    Objects.requireNonNull(arena, "arena");
    checkGeometry(blockSize, blockAlignment, blocksPerSlab);
    return new SlabPool(arena, false, blockSize, blockAlignment, blocksPerSlab);
  }

  private static void checkGeometry(long blockSize, long blockAlignment, int blocksPerSlab) {
    Requests.positive("blockSize", blockSize);
    Requests.positive("blocksPerSlab", blocksPerSlab);
    Requests.check(blockSize, blockAlignment);
    if (blocksPerSlab > 1 << 20) {
      throw new IllegalArgumentException("blocksPerSlab must be at most 2^20, not " + blocksPerSlab);
    }
    if (blockSize > 1L << 40 || blockAlignment > 1L << 40) {
      throw new IllegalArgumentException("blockSize and blockAlignment must be at most 2^40 bytes, not "
          + blockSize + " and " + blockAlignment);
    }
  }

  /**
   * A zero-filled block, as a segment of {@code byteSize} bytes (at most {@link #blockSize()})
   * aligned to {@code byteAlignment} (at most {@link #blockAlignment()}). It stays this caller's
   * until it is given to {@link #free}, or the pool is reset or closed.
   *
   * @throws IllegalArgumentException if the request is invalid or bigger than a block
   * @throws IllegalStateException if the pool is closed
   * @throws WrongThreadException if called from a thread other than the one that made the pool
   */
  @Override
  @BorrowedFrom("this")
  public MemorySegment allocate(long byteSize, long byteAlignment) {
    // The fast path is one test each of the thread, the state, size and alignment (unsigned, so
    // that negative values fail too) and the free list; the slow path throws or adds a slab.
    if (Thread.currentThread() != owner
        || closed
        || Long.compareUnsigned(byteSize, blockSize) > 0
        || Long.compareUnsigned(byteAlignment - 1, blockAlignment - 1) > 0
        || (byteAlignment & (byteAlignment - 1)) != 0
        || freeCount == 0) {
      checkOrGrow(byteSize, byteAlignment);
    }
    int block = freeStack[--freeCount];
    inUse[block >>> 6] |= 1L << block;
    return slabs[block >>> slabShift].asSlice(offsetInSlab(block), byteSize);
  }

  /** The slow path of {@link #allocate}: throws for a request it cannot serve, adds a slab when none is free. */
  private void checkOrGrow(long byteSize, long byteAlignment) {
    access("allocate");
    Requests.check(byteSize, byteAlignment);
    if (byteSize > blockSize || byteAlignment > blockAlignment) {
      throw new IllegalArgumentException("this SlabPool hands out blocks of " + blockSize + " bytes aligned to "
          + blockAlignment + "; it cannot allocate " + byteSize + " bytes aligned to " + byteAlignment
          + " (use a pool with bigger blocks, or a BumpArena)");
    }
    if (freeCount == 0) {
      addSlab();
    }
  }

  /**
   * Gives a block back: {@code segment} must be one this pool handed out (or a slice of one that
   * starts where it starts) and not freed since. Its memory is cleared.
   *
   * @throws IllegalArgumentException if {@code segment} is not a block of this pool
   * @throws IllegalStateException if the block is already free (a double free), or the pool is closed
   */
  public void free(MemorySegment segment) {
    access("free");
    int block = blockOf(segment);
    long bit = 1L << block;
    if ((inUse[block >>> 6] & bit) == 0) {
      throw new IllegalStateException("double free: the block at 0x" + Long.toHexString(segment.address())
          + " is already free (freed twice, or freed after reset())");
    }
    inUse[block >>> 6] &= ~bit;
    clear(block);
    freeStack[freeCount++] = block;
  }

  /**
   * Frees every block at once: every segment handed out so far becomes invalid (freeing one of
   * them is then a double free). Keeps the slabs.
   */
  @Mut
  public void reset() {
    access("reset");
    for (int word = 0; word < inUse.length; word++) {
      for (long bits = inUse[word]; bits != 0; bits &= bits - 1) {
        clear(word * 64 + Long.numberOfTrailingZeros(bits));
      }
    }
    Arrays.fill(inUse, 0);
    freeCount = 0;
    for (int block = freeStack.length - 1; block >= 0; block--) {
      freeStack[freeCount++] = block; // lowest addresses are handed out first, as in a new pool
    }
  }

  /**
   * Frees every slab (unless they came from a caller's arena, see {@link #over}); the pool may not
   * be used afterwards. Closing it twice is an {@link IllegalStateException}.
   */
  @Override
  @Consume
  public void close() {
    access("close");
    closed = true;
    Arrays.fill(slabs, null);
    slabCount = 0;
    if (ownsBacking) {
      backing.close();
    }
  }

  /** The size of every block in bytes. */
  public long blockSize() {
    return blockSize;
  }

  /** The alignment every block has. */
  public long blockAlignment() {
    return blockAlignment;
  }

  /** How many slabs the pool holds. */
  public int slabCount() {
    return slabCount;
  }

  /** How many blocks are handed out and not yet freed. */
  public int allocatedBlocks() {
    return (slabCount << slabShift) - freeCount;
  }

  /** How many blocks are on the free list. */
  public int freeBlocks() {
    return freeCount;
  }

  /** Whether {@link #close()} has been called. */
  public boolean isClosed() {
    return closed;
  }

  private void access(String operation) {
    Requests.usable(owner, closed, "SlabPool", operation);
  }

  private long offsetInSlab(int block) {
    return (block & ((1 << slabShift) - 1)) * blockSize;
  }

  private void clear(int block) {
    // fill, not Zeros.clear, whose copy of blocks of 512 bytes and more is faster by itself but
    // makes free() too big for the JIT to inline into its caller: the segment given to free()
    // then escapes, 40 bytes of garbage per free (-prof gc, 1 KiB blocks)
    slabs[block >>> slabShift].asSlice(offsetInSlab(block), blockSize).fill((byte) 0);
  }

  /** The block {@code segment} starts, or IllegalArgumentException if it is not one of this pool's. */
  private int blockOf(MemorySegment segment) {
    Objects.requireNonNull(segment, "segment");
    if (!segment.isNative()) {
      throw notMine(segment, "it is a heap segment");
    }
    long address = segment.address();
    int i = lastFound;
    long offset = address - sortedBases[i];
    if (i >= slabCount || Long.compareUnsigned(offset, slabBytes) >= 0) { // not in that slab: search them all
      i = Arrays.binarySearch(sortedBases, 0, slabCount, address);
      i = i >= 0 ? i : -i - 2; // the last slab starting at or before the address
      if (i < 0 || address - sortedBases[i] >= slabBytes) {
        throw notMine(segment, "it lies in none of its slabs");
      }
      offset = address - sortedBases[i];
      lastFound = i;
    }
    long index = blockIndex(offset);
    long into = offset - index * blockSize;
    if (into != 0) {
      throw notMine(segment, "it starts " + into + " bytes into a block");
    }
    if (segment.byteSize() > blockSize) {
      throw notMine(segment, "it is " + segment.byteSize() + " bytes long, longer than a block");
    }
    return (sortedSlabs[i] << slabShift) | (int) index;
  }

  /** {@code offset / blockSize} for an offset in a slab (below 2^61), without a division instruction. */
  private long blockIndex(long offset) {
    if (blockShift >= 0) {
      return offset >>> blockShift;
    }
    // blockMagic = (2^64 - r) / blockSize with 0 < r < blockSize, so offset * blockMagic / 2^64
    // falls short of offset / blockSize by less than offset / 2^64 < 1/8: the quotient or one less
    long q = Math.multiplyHigh(offset, blockMagic);
    return offset - q * blockSize >= blockSize ? q + 1 : q;
  }

  private IllegalArgumentException notMine(MemorySegment segment, String why) {
    return new IllegalArgumentException("free() was given a segment this SlabPool did not hand out ("
        + why + "): " + segment);
  }

  private void addSlab() {
    int slab = slabCount;
    if ((long) (slab + 1) << slabShift > Integer.MAX_VALUE) {
      throw new IllegalStateException("this SlabPool has reached its limit of " + (Integer.MAX_VALUE >> slabShift) + " slabs");
    }
    MemorySegment memory = backing.allocate(slabBytes, blockAlignment);
    if (!ownsBacking) {
      Zeros.clear(memory); // a caller's Arena may be an implementation that does not zero
    }
    if (slab == slabs.length) {
      slabs = Arrays.copyOf(slabs, slab * 2);
    }
    slabs[slab] = memory;
    slabCount = slab + 1;
    insertSorted(memory.address(), slab);
    int blocks = 1 << slabShift;
    int total = (slab + 1) << slabShift;
    freeStack = Arrays.copyOf(freeStack, total);
    inUse = Arrays.copyOf(inUse, (total + 63) >>> 6);
    for (int b = blocks - 1; b >= 0; b--) {
      freeStack[freeCount++] = (slab << slabShift) | b;
    }
  }

  private void insertSorted(long address, int slab) {
    int n = slabCount - 1; // entries before this slab
    if (n == sortedBases.length) {
      sortedBases = Arrays.copyOf(sortedBases, n * 2);
      sortedSlabs = Arrays.copyOf(sortedSlabs, n * 2);
    }
    int at = -Arrays.binarySearch(sortedBases, 0, n, address) - 1;
    System.arraycopy(sortedBases, at, sortedBases, at + 1, n - at);
    System.arraycopy(sortedSlabs, at, sortedSlabs, at + 1, n - at);
    sortedBases[at] = address;
    sortedSlabs[at] = slab;
  }
}
