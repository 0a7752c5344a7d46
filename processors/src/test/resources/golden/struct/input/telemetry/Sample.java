package telemetry;

import dev.patina.derive.Length;
import dev.patina.derive.Struct;

/** A sensor sample in memory: C's layout, little-endian, holding big-endian headers. */
@Struct
public record Sample(long time, @Length(3) double[] xyz, Header header, @Length(2) Header[] history) {}
