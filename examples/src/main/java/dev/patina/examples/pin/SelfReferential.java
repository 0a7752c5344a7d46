package dev.patina.examples.pin;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;

/**
 * A type of off-heap struct that may hold pointers to its own fields: Rust's {@code !Unpin}. Such
 * a struct may be copied to another address (moved) only while it holds no such pointer; once it
 * does, it must stay where it is, behind a {@link Pinned} handle.
 */
public interface SelfReferential {

  /** The struct's layout: its size and alignment are those of the memory {@link Pinned} allocates. */
  MemoryLayout layout();

  /**
   * Whether the struct in {@code struct} holds a pointer into itself. A copy of such a struct to
   * other memory keeps the old addresses: they point into the place it was copied from.
   */
  boolean holdsSelfPointers(MemorySegment struct);
}
