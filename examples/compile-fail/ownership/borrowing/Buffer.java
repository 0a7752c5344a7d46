package dev.patina.examples.borrowing.broken;

import dev.patina.ownership.BorrowedFrom;
import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import dev.patina.ownership.Mut;
import java.nio.charset.StandardCharsets;

/**
 * A growable byte buffer that lends out views of its contents without copying. A {@link Slice}
 * reads the buffer's own array, so it is only valid until the buffer is reset or written past its
 * capacity: the ownership checker keeps the buffer borrowed while a slice is in use.
 */
@Linear
public final class Buffer {

  private byte[] bytes;
  private int length;

  public Buffer(int capacity) {
    this.bytes = new byte[capacity];
  }

  /** Appends text; may replace the backing array, so it needs the buffer exclusively. */
  @Mut
  public void append(String text) {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    if (length + data.length > bytes.length) {
      byte[] grown = new byte[Math.max(bytes.length * 2, length + data.length)];
      System.arraycopy(bytes, 0, grown, 0, length);
      bytes = grown;
    }
    System.arraycopy(data, 0, bytes, length, data.length);
    length += data.length;
  }

  /** Forgets the contents; the next append overwrites what live slices would read. */
  @Mut
  public void reset() {
    length = 0;
  }

  public int length() {
    return length;
  }

  /** A view of bytes {@code [from, to)}: no copy, so the buffer stays borrowed while it is used. */
  @BorrowedFrom("this")
  public Slice slice(int from, int to) {
    if (from < 0 || to > length || from > to) {
      throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + length);
    }
    return new Slice(bytes, from, to);
  }

  /** Releases the buffer; it may not be used afterwards. */
  @Consume
  public void release() {
    bytes = new byte[0];
    length = 0;
  }
}
