package dev.patina.examples.borrowing;

import dev.patina.ownership.Mut;

/**
 * Parses "key: value" header lines out of a reused buffer. Each slice is read before the buffer
 * is reset for the next line: the checker accepts this, and rejects the version in
 * {@code examples/compile-fail/ownership/borrowing} that reads a slice after the reset.
 */
public final class Headers {

  private Headers() {}

  static String keyOf(@Mut Buffer line, String text) {
    line.reset();
    line.append(text);
    int colon = text.indexOf(':');
    Slice key = line.slice(0, colon < 0 ? line.length() : colon);
    String result = key.text().strip(); // the last use of `key`: the borrow of `line` ends here
    line.reset();
    return result;
  }

  public static void main(String[] args) {
    Buffer line = new Buffer(16);
    for (String header : new String[] {"Host: example.org", "Accept: */*", "X-Patina: yes"}) {
      System.out.println(keyOf(line, header));
    }
    line.release();
  }
}
