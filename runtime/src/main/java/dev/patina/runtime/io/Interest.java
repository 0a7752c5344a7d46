package dev.patina.runtime.io;

/**
 * A direction of readiness a {@link Registration} tracks: readable (data, a connection to accept,
 * end of stream) or writable (send-buffer space, a finished connect).
 */
public enum Interest {
  /** The channel can be read from, or a listener has a connection to accept. */
  READABLE(1),
  /** The channel can be written to, or a pending connect has finished (or failed). */
  WRITABLE(2);

  final int bit;

  Interest(int bit) {
    this.bit = bit;
  }
}
