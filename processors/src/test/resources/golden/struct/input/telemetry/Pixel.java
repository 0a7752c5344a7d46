package telemetry;

import dev.patina.derive.Struct;

/** A small C struct with padding inside and at the end. */
@Struct
public record Pixel(byte alpha, int rgb, short depth) {}
