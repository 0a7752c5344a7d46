package dev.patina.checkers.unsafe;

import com.google.errorprone.util.ErrorProneComment;
import com.google.errorprone.util.ErrorProneToken;
import com.google.errorprone.util.ErrorProneTokens;
import com.sun.tools.javac.util.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The {@code // SAFETY:} comments of one compilation unit, and which statement each documents. As
 * clippy's {@code undocumented_unsafe_blocks} does, a statement is documented by a comment whose
 * text starts with {@code SAFETY:} (any case) followed by a reason, when the comment is
 *
 * <ul>
 *   <li>on the statement's lines, from its first line down to the line where the use ends (a
 *       trailing {@code // SAFETY: ...} after the statement counts), or
 *   <li>in the run of comment-only lines right above the statement (a blank line or a line of code
 *       ends the run); the reason may go on over the following comment lines.
 * </ul>
 *
 * Comments are found by javac's own scanner, so a {@code "// SAFETY:"} inside a string is not one.
 */
final class SafetyComments {

  /** What the comments around one use say. */
  sealed interface Finding {}

  /** A {@code SAFETY:} comment with a reason, starting on {@code line}. */
  record Documented(int line) implements Finding {}

  /** A {@code SAFETY:} comment on {@code line} that gives no reason. */
  record Empty(int line) implements Finding {}

  /** No {@code SAFETY:} comment where it would count. */
  record Missing() implements Finding {}

  private static final String MARKER = "SAFETY:";

  private record Comment(int start, int end, int firstLine, int lastLine, String text) {}

  private final CharSequence source;
  private final int[] lineStarts;
  private final List<Comment> comments;

  private SafetyComments(CharSequence source, int[] lineStarts, List<Comment> comments) {
    this.source = source;
    this.lineStarts = lineStarts;
    this.comments = comments;
  }

  /** Scans {@code source} once; {@code context} is the compilation's, for javac's scanner. */
  static SafetyComments scan(CharSequence source, Context context) {
    int[] lineStarts = lineStarts(source);
    List<Comment> comments = new ArrayList<>();
    for (ErrorProneToken token : ErrorProneTokens.getTokens(source.toString(), context)) {
      for (ErrorProneComment c : token.comments()) {
        int start = c.getPos();
        int end = c.getEndPos();
        comments.add(new Comment(start, end, line(lineStarts, start), line(lineStarts, Math.max(start, end - 1)), c.getText()));
      }
    }
    comments.sort(Comparator.comparingInt(Comment::start));
    return new SafetyComments(source, lineStarts, List.copyOf(comments));
  }

  /** What documents a use that ends at {@code useEnd}, inside the statement that starts at {@code statementStart}. */
  Finding around(int statementStart, int useEnd) {
    int first = line(lineStarts, statementStart);
    int last = Math.max(first, line(lineStarts, Math.max(statementStart, useEnd - 1)));
    int above = first - 1;
    while (above >= 1 && commentOnly(above)) {
      above--;
    }
    List<Comment> candidates = new ArrayList<>();
    for (Comment c : comments) {
      boolean inRunAbove = c.lastLine() > above && c.firstLine() < first;
      boolean onStatement = c.firstLine() >= first && c.firstLine() <= last;
      if (inRunAbove || onStatement) {
        candidates.add(c);
      }
    }
    Finding best = new Missing();
    for (List<Comment> run : runs(candidates)) {
      Finding f = read(run);
      if (f instanceof Documented) {
        return f;
      }
      if (f instanceof Empty && best instanceof Missing) {
        best = f;
      }
    }
    return best;
  }

  /** Comments on consecutive lines belong together: a reason may continue on the next comment line. */
  private static List<List<Comment>> runs(List<Comment> candidates) {
    List<List<Comment>> runs = new ArrayList<>();
    List<Comment> current = new ArrayList<>();
    for (Comment c : candidates) {
      if (!current.isEmpty() && c.firstLine() > current.getLast().lastLine() + 1) {
        runs.add(current);
        current = new ArrayList<>();
      }
      current.add(c);
    }
    if (!current.isEmpty()) {
      runs.add(current);
    }
    return runs;
  }

  /** The finding of one run of comments: the first {@code SAFETY:} line, and whether a reason follows it. */
  private static Finding read(List<Comment> run) {
    Integer markerLine = null;
    StringBuilder reason = new StringBuilder();
    for (Comment c : run) {
      String[] lines = c.text().split("\\R", -1);
      for (int i = 0; i < lines.length; i++) {
        String text = strip(lines[i]);
        if (markerLine == null) {
          if (text.toUpperCase(Locale.ROOT).startsWith(MARKER)) {
            markerLine = c.firstLine() + i;
            reason.append(text.substring(MARKER.length()));
          }
        } else {
          reason.append(' ').append(text);
        }
      }
    }
    if (markerLine == null) {
      return new Missing();
    }
    return reason.toString().isBlank() ? new Empty(markerLine) : new Documented(markerLine);
  }

  /** One line of a comment without its delimiters: {@code //}, {@code /*}, {@code /**}, a leading {@code *}, the closing one. */
  private static String strip(String line) {
    String t = line.strip();
    if (t.startsWith("//")) {
      t = t.replaceFirst("^/+", "");
    } else if (t.startsWith("/*")) {
      t = t.replaceFirst("^/\\*+", "");
    } else if (t.startsWith("*") && !t.startsWith("*/")) {
      t = t.substring(1);
    }
    if (t.endsWith("*/")) {
      t = t.substring(0, t.length() - 2);
    }
    return t.strip();
  }

  /** Whether line {@code n} holds comment text and nothing else. */
  private boolean commentOnly(int n) {
    int from = lineStarts[n - 1];
    int to = n < lineStarts.length ? lineStarts[n] : source.length();
    boolean sawComment = false;
    for (int i = from; i < to; i++) {
      if (Character.isWhitespace(source.charAt(i))) {
        continue;
      }
      Comment c = covering(i);
      if (c == null) {
        return false;
      }
      sawComment = true;
      i = Math.min(to, c.end()) - 1;
    }
    return sawComment;
  }

  private Comment covering(int offset) {
    for (Comment c : comments) {
      if (c.start() > offset) {
        return null;
      }
      if (offset < c.end()) {
        return c;
      }
    }
    return null;
  }

  private static int[] lineStarts(CharSequence s) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /** The 1-based line of {@code offset}. */
  private static int line(int[] lineStarts, int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }
}
