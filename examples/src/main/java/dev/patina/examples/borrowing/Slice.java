package dev.patina.examples.borrowing;

import dev.patina.ownership.Affine;
import java.nio.charset.StandardCharsets;

/** A window on a {@link Buffer}'s bytes, valid while the buffer is borrowed for it. */
@Affine
public final class Slice {

  private final byte[] bytes;
  private final int from;
  private final int to;

  Slice(byte[] bytes, int from, int to) {
    this.bytes = bytes;
    this.from = from;
    this.to = to;
  }

  public int length() {
    return to - from;
  }

  public String text() {
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }
}
