package dev.patina.bench.struct;

import dev.patina.derive.Length;
import dev.patina.derive.Struct;

/**
 * A sensor sample in C's layout, little-endian, 40 bytes: time at 0, sensor at 8, status at 12,
 * kind at 14, valid at 15, accel at 16 (three floats), celsius at 32.
 */
@Struct
public record Sample(
    long timeNanos, int sensorId, short status, byte kind, boolean valid, @Length(3) float[] accel, double celsius) {}
