package dev.patina.examples.borrowing;

import dev.patina.ownership.Mut;

/**
 * The header parser of {@code examples/src/main/java/dev/patina/examples/borrowing} with a real
 * use-after-reset: the key slice is read after the buffer was reset and refilled, so at run time
 * it would show the next line's bytes. It must not compile (P0502). It replaces the fixed
 * {@code Headers.java} and uses the fixed {@code Buffer} and {@code Slice}.
 */
public final class Headers {

  private Headers() {}

  static String keyOf(@Mut Buffer line, String text) {
    line.reset();
    line.append(text);
    int colon = text.indexOf(':');
    Slice key = line.slice(0, colon < 0 ? line.length() : colon);
    line.reset();
    line.append("(next line)");
    return key.text().strip();
  }
}
