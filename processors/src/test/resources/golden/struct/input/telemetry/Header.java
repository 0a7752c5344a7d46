package telemetry;

import dev.patina.derive.Length;
import dev.patina.derive.Order;
import dev.patina.derive.Repr;
import dev.patina.derive.Struct;

/** A packet header as it travels on the wire: packed and big-endian. */
@Struct(repr = Repr.PACKED, order = Order.BIG_ENDIAN)
public record Header(short version, int length, @Length(6) byte[] mac, boolean urgent, char flags) {}
