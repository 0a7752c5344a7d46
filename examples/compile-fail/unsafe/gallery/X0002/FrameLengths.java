// X0002: @Unsafe on code that uses no restricted operation (a warning).
// Rust: the `unused_unsafe` lint, an `unsafe` block with no unsafe operation in it.
// Here a frame parser's length helper was marked @Unsafe like its neighbours, but it only reads
// the size of a segment that is already bounds-checked: the annotation vouches for nothing.
package dev.patina.examples.gallery.x0002;

import dev.patina.ownership.Unsafe;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Lengths of network frames that are already whole, bounded segments. */
final class FrameLengths {
  /** The payload length: a bounds-checked read, nothing restricted; the mistake is the @Unsafe. */
  @Unsafe
  static int payloadLength(MemorySegment frame) {
    return Short.toUnsignedInt(frame.get(ValueLayout.JAVA_SHORT_UNALIGNED, 2));
  }
}
