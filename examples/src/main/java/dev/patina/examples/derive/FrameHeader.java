package dev.patina.examples.derive;

import dev.patina.derive.Length;
import dev.patina.derive.Order;
import dev.patina.derive.Repr;
import dev.patina.derive.Struct;

/**
 * The header a sensor puts in front of every sample, as it arrives from the network: packed,
 * big-endian (network byte order), 13 bytes.
 */
@Struct(repr = Repr.PACKED, order = Order.BIG_ENDIAN)
public record FrameHeader(short magic, byte version, int sequence, @Length(6) byte[] device) {
  /** {@code "SN"}: the first two bytes of every frame. */
  public static final short MAGIC = 0x534E;
}
