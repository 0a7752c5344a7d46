package dev.patina.examples.pin;

import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * An off-heap struct that stays at one address until it is freed: Rust's {@code Pin<Box<T>>}.
 * {@link #pin} moves the struct into memory of the handle's own, and from then on no method copies
 * it, relocates it or hands its memory out: the struct's own package reaches its bytes through
 * {@link #memory()}, the only door (Rust's pin projection), and operations that follow the
 * struct's pointers into itself take a {@code Pinned} to say that they may.
 *
 * <p>The handle is {@code @Linear}: its owner must {@link #close} it, which frees the memory, and
 * after it has been moved (into a future, say) the old owner can no longer reach the struct; the
 * ownership checker reports both mistakes.
 *
 * @param <T> the type of struct held
 */
@Linear
public final class Pinned<T extends SelfReferential> {

  private final T type;
  // shared, not confined: the future that owns the handle may be polled on any executor thread
  private final Arena arena;
  private final MemorySegment memory;

  private Pinned(T type, Arena arena, MemorySegment memory) {
    this.type = type;
    this.arena = arena;
    this.memory = memory;
  }

  /**
   * Moves the struct in {@code unpinned} into newly allocated memory, the last move it makes, and
   * returns the handle to it; {@code unpinned} may be freed afterwards. The struct must not point
   * into itself yet: its pointers would point back into {@code unpinned}.
   *
   * @throws IllegalArgumentException if {@code unpinned} is not the size of {@code type}'s layout
   * @throws IllegalStateException if the struct already holds pointers into itself
   */
  public static <T extends SelfReferential> Pinned<T> pin(T type, MemorySegment unpinned) {
    Objects.requireNonNull(type, "type");
    long size = type.layout().byteSize();
    if (unpinned.byteSize() != size) {
      throw new IllegalArgumentException("a " + type + " is " + size + " bytes, the segment " + unpinned.byteSize());
    }
    if (type.holdsSelfPointers(unpinned)) {
      throw new IllegalStateException("the " + type + " at " + hex(unpinned.address())
          + " already points into itself; a copy would keep pointing there, so pin it before it starts");
    }
    Arena arena = Arena.ofShared();
    MemorySegment memory = arena.allocate(type.layout());
    MemorySegment.copy(unpinned, 0, memory, 0, size);
    return new Pinned<>(type, arena, memory);
  }

  /** The type of the struct held. */
  public T type() {
    return type;
  }

  /** The struct's address, the same from {@link #pin} until {@link #close}. */
  public long address() {
    return memory.address();
  }

  /**
   * The struct's memory, for the code of its own package: the operations of the struct type, which
   * keep its pointers pointing into it. It is not public because whoever holds the segment can copy
   * the struct elsewhere and use the copy.
   */
  MemorySegment memory() {
    return memory;
  }

  /** Frees the struct; its address, and every pointer into it, is dead afterwards. */
  @Consume
  public void close() {
    arena.close();
  }

  @Override
  public String toString() {
    return "Pinned[" + type + " at " + hex(memory.address()) + "]";
  }

  /** An address the way the example prints them. */
  public static String hex(long address) {
    return String.format("0x%012x", address);
  }
}
