package dev.patina.examples.ownership.demo;

import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import java.nio.charset.StandardCharsets;

/**
 * A page of memory lent out by a {@link PagePool}. It is {@code @Linear}: whoever owns a page must
 * hand it back with {@link #release()} exactly once, on every path, and may not touch it after.
 */
@Linear
public final class Page {

  private final PagePool pool;
  private final byte[] bytes;
  private int length;

  Page(PagePool pool, int size) {
    this.pool = pool;
    this.bytes = new byte[size];
  }

  /** Appends a line of text; the caller only borrows the page for the call. */
  public void write(String line) {
    byte[] text = (line + "\n").getBytes(StandardCharsets.UTF_8);
    int n = Math.min(text.length, bytes.length - length);
    System.arraycopy(text, 0, bytes, length, n);
    length += n;
  }

  /** The text written so far. */
  public String text() {
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  /** Gives the page back to its pool; the page is gone afterwards. */
  @Consume
  public void release() {
    pool.returned(bytes.length);
  }
}
