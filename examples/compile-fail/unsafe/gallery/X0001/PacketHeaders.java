// X0001: a restricted operation outside @Unsafe code, or an @Unsafe use without a // SAFETY: comment.
// Rust: E0133 (a call to an unsafe function outside an `unsafe` block), and clippy's
// `undocumented_unsafe_blocks` (an `unsafe` block without a `// SAFETY:` comment).
// Here a packet parser gets a native buffer's address from a NIC driver and widens it with
// MemorySegment.reinterpret: once in a method not marked @Unsafe, once without saying why it is sound.
package dev.patina.examples.gallery.x0001;

import dev.patina.ownership.Unsafe;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/** Reads the fixed 20-byte header of packets that a driver hands over as bare addresses. */
final class PacketHeaders {
  static final long HEADER_BYTES = 20;
  private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);

  /** The total length field; the mistake: widening the zero-length address segment is not marked @Unsafe. */
  static int totalLength(MemorySegment address) {
    MemorySegment header = address.reinterpret(HEADER_BYTES);
    return Short.toUnsignedInt(header.get(U16, 2));
  }

  /** The checksum field; marked @Unsafe, but the mistake: nothing says why 20 bytes are really there. */
  @Unsafe
  static int checksum(MemorySegment address) {
    MemorySegment header = address.reinterpret(HEADER_BYTES);
    return Short.toUnsignedInt(header.get(U16, 10));
  }
}
