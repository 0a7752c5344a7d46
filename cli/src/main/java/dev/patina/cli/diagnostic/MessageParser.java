package dev.patina.cli.diagnostic;

import dev.patina.cli.diagnostic.PatinaDiagnostic.Related;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of a Patina diagnostic back into its parts. The checkers render related places,
 * notes and help into the message itself (so plain javac and Maven users see them); this undoes
 * that:
 *
 * <pre>
 * [P0382] use of moved value: `p`
 *   --> Demo.java:18:10: value moved into `give` here
 *   note: it would be consumed by `close()`
 *   help: borrow `p` where it is moved
 * </pre>
 *
 * <p>Lenient on purpose: javac may re-indent continuation lines, so any leading whitespace is
 * accepted, and a line that fits no pattern is kept as a note rather than dropped.
 */
public final class MessageParser {

  /**
   * The code in front of the headline: a Patina code (a capital letter and four digits: {@code
   * P0382}, {@code T0001}), or a dotted checker key such as {@code
   * ownership.internal}. javac's own lint warnings also start with a bracketed word ({@code
   * [removal]}), but never a dotted one, so those stay part of the headline.
   */
  private static final Pattern CODE = Pattern.compile("^\\[([A-Z]\\d{4}|[A-Za-z][\\w-]*(?:\\.[\\w-]+)+)]\\s*(.*)$");

  private static final Pattern RELATED = Pattern.compile("^-->\\s*(.+?):(\\d+):(\\d+):?\\s*(.*)$");

  private MessageParser() {}

  /** The parts of one message text; see {@link PatinaDiagnostic} for the position fields. */
  public static PatinaDiagnostic parse(
      Path file, int line, int column, long start, long end, Severity severity, String message) {
    String[] lines = (message == null ? "" : message).split("\\R", -1);
    String code = null;
    String headline = lines[0].strip();
    Matcher m = CODE.matcher(headline);
    if (m.matches()) {
      code = m.group(1);
      headline = m.group(2).strip();
    }
    List<Related> related = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> helps = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String text = lines[i].strip();
      if (text.isEmpty()) {
        continue;
      }
      Matcher r = RELATED.matcher(text);
      if (r.matches()) {
        related.add(new Related(r.group(1).strip(), toInt(r.group(2)), toInt(r.group(3)), r.group(4).strip()));
      } else if (text.startsWith("help:")) {
        helps.add(text.substring("help:".length()).strip());
      } else if (text.startsWith("note:")) {
        notes.add(text.substring("note:".length()).strip());
      } else {
        // javac's own details ("symbol: class Foo") or a line we do not know: keep it visible
        notes.add(text);
      }
    }
    return new PatinaDiagnostic(file, line, column, start, end, severity, code, headline, related, notes, helps);
  }

  private static int toInt(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return 0; // absurdly long digit runs: no usable position
    }
  }
}
