package dev.patina.runtime.memory;

/**
 * The argument and state checks both allocators make, with the messages they fail with: the
 * {@link java.lang.foreign.SegmentAllocator} contract for sizes and alignments, and thread
 * confinement.
 */
final class Requests {

  private Requests() {}

  /** Rejects what {@code SegmentAllocator.allocate(long, long)} rejects: negative sizes, bad alignments. */
  static void check(long byteSize, long byteAlignment) {
    if (byteSize < 0) {
      throw new IllegalArgumentException("invalid allocation size " + byteSize + ": it must not be negative");
    }
    if (byteAlignment <= 0 || (byteAlignment & (byteAlignment - 1)) != 0) {
      throw new IllegalArgumentException("invalid alignment " + byteAlignment + ": it must be a power of two");
    }
  }

  /** {@code value} rounded up to a multiple of {@code alignment}, a power of two. */
  static long alignUp(long value, long alignment) {
    return (value + alignment - 1) & -alignment;
  }

  /**
   * Fails unless the calling thread is {@code owner}, the thread that made the allocator, and the
   * allocator is still open.
   */
  static void usable(Thread owner, boolean closed, String allocator, String operation) {
    Thread caller = Thread.currentThread();
    if (caller != owner) {
      throw new WrongThreadException("this " + allocator + " is confined to thread `" + owner.getName()
          + "`, which made it; " + operation + "() was called from thread `" + caller.getName() + "`");
    }
    if (closed) {
      throw new IllegalStateException("this " + allocator + " is closed: " + operation + "() after close()");
    }
  }

  /** Checks a chunk-size or block-count parameter of a factory. */
  static long positive(String what, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + " must be positive, not " + value);
    }
    return value;
  }
}
