package dev.patina.examples.derive;

import dev.patina.derive.Length;
import dev.patina.derive.Struct;

/**
 * One fixed-size record of a sensor log file: the wire header as received (big-endian), then the
 * reading in the logger's own little-endian C layout, 56 bytes with padding.
 */
@Struct
public record SensorSample(
    FrameHeader header, long timeMillis, int sensorId, @Length(3) float[] accel, double celsius, boolean alarm) {}
