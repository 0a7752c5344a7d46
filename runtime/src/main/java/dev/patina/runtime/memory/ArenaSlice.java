package dev.patina.runtime.memory;

import dev.patina.ownership.Affine;
import dev.patina.ownership.NotSend;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A piece of a {@link BumpArena}'s memory, valid until the arena is reset or closed: what {@link
 * BumpArena#slice} hands out. It borrows the arena, so the ownership checker rejects a reset or a
 * close while the slice is still used. Every access also checks, at run time, that the arena has
 * not been reset or closed since the slice was made, and throws {@link IllegalStateException} if
 * it has: the check catches uses the checker cannot see (a slice kept in a field of an untracked
 * object, code compiled without the checker).
 *
 * <p>The accessors mirror {@link MemorySegment}'s ({@code get(JAVA_INT, offset)}), with the same
 * bounds and alignment checks. {@link #segment()} gives the underlying segment to APIs that need
 * one; what is done with that segment afterwards is checked by neither.
 */
@Affine
@NotSend
public final class ArenaSlice {

  private final Epoch epoch;
  private final long madeIn;
  private final MemorySegment segment;

  ArenaSlice(Epoch epoch, long madeIn, MemorySegment segment) {
    this.epoch = epoch;
    this.madeIn = madeIn;
    this.segment = segment;
  }

  /** The size of the slice in bytes; allowed even after a reset, since it reads no memory. */
  public long byteSize() {
    return segment.byteSize();
  }

  /**
   * Whether the slice may still be used: its arena has been neither reset nor closed since the
   * slice was made.
   */
  public boolean isValid() {
    return epoch.value == madeIn;
  }

  /**
   * The memory itself, for APIs that take a {@link MemorySegment}. It is valid only as long as
   * this slice is, and nothing checks its use after a reset: read what you need before resetting.
   */
  public MemorySegment segment() {
    return valid();
  }

  /** The byte at {@code offset}. */
  public byte get(ValueLayout.OfByte layout, long offset) {
    return valid().get(layout, offset);
  }

  /** Writes the byte at {@code offset}. */
  public void set(ValueLayout.OfByte layout, long offset, byte value) {
    valid().set(layout, offset, value);
  }

  /** The {@code int} at {@code offset}, read with {@code layout}'s byte order and alignment. */
  public int get(ValueLayout.OfInt layout, long offset) {
    return valid().get(layout, offset);
  }

  /** Writes the {@code int} at {@code offset}. */
  public void set(ValueLayout.OfInt layout, long offset, int value) {
    valid().set(layout, offset, value);
  }

  /** The {@code long} at {@code offset}. */
  public long get(ValueLayout.OfLong layout, long offset) {
    return valid().get(layout, offset);
  }

  /** Writes the {@code long} at {@code offset}. */
  public void set(ValueLayout.OfLong layout, long offset, long value) {
    valid().set(layout, offset, value);
  }

  /** The {@code double} at {@code offset}. */
  public double get(ValueLayout.OfDouble layout, long offset) {
    return valid().get(layout, offset);
  }

  /** Writes the {@code double} at {@code offset}. */
  public void set(ValueLayout.OfDouble layout, long offset, double value) {
    valid().set(layout, offset, value);
  }

  /** The NUL-terminated UTF-8 string at {@code offset}, as {@link MemorySegment#getString(long)}. */
  public String getString(long offset) {
    return valid().getString(offset);
  }

  /** Writes {@code text} as NUL-terminated UTF-8 at {@code offset}, as {@link MemorySegment#setString(long, String)}. */
  public void setString(long offset, String text) {
    valid().setString(offset, text);
  }

  /** Copies {@code length} bytes at {@code offset} out into a new array. */
  public byte[] toByteArray(long offset, int length) {
    return valid().asSlice(offset, length).toArray(ValueLayout.JAVA_BYTE);
  }

  private MemorySegment valid() {
    if (epoch.value != madeIn) {
      throw new IllegalStateException(epoch.closed
          ? "this ArenaSlice is used after its BumpArena was closed"
          : "this ArenaSlice is used after its BumpArena was reset: it was made "
              + (epoch.value - madeIn) + " reset(s) ago, and its memory now belongs to later allocations");
    }
    return segment;
  }

  @Override
  public String toString() {
    return "ArenaSlice[" + segment.byteSize() + " bytes" + (isValid() ? "" : ", invalid") + "]";
  }
}
