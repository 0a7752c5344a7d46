package dev.patina.cli.render;

import dev.patina.cli.diagnostic.PatinaDiagnostic;
import dev.patina.cli.diagnostic.PatinaDiagnostic.Related;
import dev.patina.cli.diagnostic.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * rustc's layout: a headline, the {@code -->} location, the source lines involved with the
 * primary place underlined by {@code ^} and related places by {@code -} plus their labels, then
 * {@code = note:} and {@code = help:} lines.
 *
 * <pre>
 * error[P0382]: use of moved value: `p`
 *   --> src/Demo.java:19:10
 *    |
 * 18 |     give(p);
 *    |          - value moved into `give` here
 * 19 |     look(p);
 *    |          ^
 *    |
 *    = help: borrow `p` where it is moved
 * </pre>
 */
public final class HumanFormat implements DiagnosticFormat {

  /** Tabs are shown as this many spaces, as rustc does, so that underlines line up. */
  private static final int TAB_WIDTH = 4;

  /** The tab stops javac's columns assume. */
  private static final int JAVAC_TAB = 8;

  private final SourceLookup sources;
  private final Style style;

  public HumanFormat(SourceLookup sources, Style style) {
    this.sources = sources;
    this.style = style;
  }

  /** An underline: 1-based line and column, length in characters, and its label. */
  record Mark(int line, int column, int length, boolean primary, String label) {}

  @Override
  public String render(PatinaDiagnostic d) {
    StringBuilder out = new StringBuilder();
    out.append(style.severity(d.severity(), DiagnosticFormat.kindAndCode(d)))
        .append(style.bold(": " + d.headline())).append('\n');
    Optional<SourceText> src =
        d.file() != null && d.line() > 0 ? sources.find(d.file()) : Optional.empty();
    List<String> notes = new ArrayList<>();
    List<Mark> marks = src.isPresent() ? marks(d, src.get(), notes) : List.of();
    if (src.isEmpty()) {
      d.related().forEach(r -> notes.add(place(r)));
    }
    notes.addAll(d.notes());
    int width = Integer.toString(Math.max(d.line(), marks.stream().mapToInt(Mark::line).max().orElse(0))).length();
    String pad = " ".repeat(width);
    if (d.file() != null && d.line() > 0) {
      // without a line (javac's "Note: X.java uses unchecked operations") the message names the file
      out.append(style.gutter(pad + "--> ")).append(DisplayPaths.show(d.file()))
          .append(':').append(d.line()).append(':').append(d.column()).append('\n');
    }
    if (!marks.isEmpty()) {
      snippet(out, src.get(), marks, width, d.severity());
    }
    if (!notes.isEmpty() || !d.helps().isEmpty()) {
      if (!marks.isEmpty()) {
        out.append(style.gutter(pad + " |")).append('\n');
      }
      notes.forEach(n -> footer(out, pad, "note", n));
      d.helps().forEach(h -> footer(out, pad, "help", h));
    }
    return out.append('\n').toString();
  }

  /** A {@code = note: text} or {@code = help: text} line under the snippet. */
  private void footer(StringBuilder out, String pad, String kind, String text) {
    out.append(pad).append(' ').append(style.gutter("=")).append(style.bold(" " + kind)).append(": ").append(text).append('\n');
  }

  /** The primary mark and the related places in this file; the others become notes. */
  private static List<Mark> marks(PatinaDiagnostic d, SourceText src, List<String> notes) {
    List<Mark> marks = new ArrayList<>();
    marks.add(primary(d, src));
    Path name = d.file().getFileName();
    for (Related r : d.related()) {
      if (name != null && name.toString().equals(baseName(r.file()))
          && r.line() >= 1 && r.line() <= src.lineCount()) {
        int column = charColumn(src.line(r.line()), r.column());
        marks.add(new Mark(r.line(), column, wordLength(src.line(r.line()), column), false, r.label()));
      } else {
        notes.add(place(r));
      }
    }
    return marks;
  }

  /** The flagged code underlined when it sits on one line; else one caret at the position. */
  static Mark primary(PatinaDiagnostic d, SourceText src) {
    long start = d.startOffset();
    long end = d.endOffset();
    if (start >= 0 && end > start && src.lineOf(start) == src.lineOf(end - 1)) {
      int line = src.lineOf(start);
      int column = src.columnOf(start);
      String text = src.line(line);
      int at = charColumn(text, d.column());
      if (line == d.line() && at > column && startsIdentifier(text, at)) {
        // javac puts a declaration's position on its name: underline the name, as rustc does,
        // not the whole `Type name = init;`
        return new Mark(line, at, wordLength(text, at), true, "");
      }
      int room = Math.max(1, text.length() - column + 1);
      return new Mark(line, column, (int) Math.min(end - start, room), true, "");
    }
    return new Mark(d.line(), charColumn(src.line(d.line()), d.column()), 1, true, "");
  }

  /**
   * The 1-based character index for a javac column. javac counts a tab as reaching the next
   * multiple of 8 (in diagnostics and in its line map, so also in related places); snippets work
   * on characters.
   */
  static int charColumn(String line, int javacColumn) {
    int column = 1;
    for (int i = 0; i < line.length(); i++) {
      if (column >= javacColumn) {
        return i + 1;
      }
      column = line.charAt(i) == '\t' ? ((column - 1) / JAVAC_TAB + 1) * JAVAC_TAB + 1 : column + 1;
    }
    return Math.max(1, line.length() + javacColumn - column + 1);
  }

  private static boolean startsIdentifier(String line, int column) {
    int i = column - 1;
    return i < line.length() && Character.isJavaIdentifierStart(line.charAt(i))
        && (i == 0 || !Character.isJavaIdentifierPart(line.charAt(i - 1)));
  }

  /** The identifier starting at {@code column}, or one character when there is none. */
  static int wordLength(String line, int column) {
    int i = column - 1;
    int n = 0;
    while (i + n < line.length() && Character.isJavaIdentifierPart(line.charAt(i + n))) {
      n++;
    }
    return Math.max(1, n);
  }

  /** The last element of a path as the checker wrote it; plain string work, since any text parses. */
  private static String baseName(String file) {
    return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  }

  private static String place(Related r) {
    return r.file() + ":" + r.line() + ":" + r.column() + ": " + r.label();
  }

  private void snippet(StringBuilder out, SourceText src, List<Mark> marks, int width, Severity severity) {
    Map<Integer, List<Mark>> byLine = new TreeMap<>();
    for (Mark m : marks) {
      byLine.computeIfAbsent(m.line(), k -> new ArrayList<>()).add(m);
    }
    out.append(style.gutter(" ".repeat(width) + " |")).append('\n');
    int previous = 0;
    for (Map.Entry<Integer, List<Mark>> e : byLine.entrySet()) {
      int line = e.getKey();
      if (previous > 0 && line - previous == 2) {
        sourceLine(out, src, previous + 1, width); // one hidden line: cheaper to show than "..."
      } else if (previous > 0 && line - previous > 2) {
        out.append(style.gutter("...")).append('\n');
      }
      sourceLine(out, src, line, width);
      underlines(out, src.line(line), e.getValue(), width, severity);
      previous = line;
    }
  }

  private void sourceLine(StringBuilder out, SourceText src, int line, int width) {
    String number = String.format("%" + width + "d |", line);
    String text = src.line(line).replace("\t", " ".repeat(TAB_WIDTH));
    out.append(style.gutter(number)).append((" " + text).stripTrailing()).append('\n');
  }

  /**
   * The underline rows of one source line: all marks on the first row, the rightmost mark's label
   * next to it, and each other label on its own row, hanging from a {@code |} (rustc's layout).
   */
  private void underlines(StringBuilder out, String text, List<Mark> marks, int width, Severity severity) {
    List<Mark> sorted = new ArrayList<>(marks);
    // by column; at equal columns the primary goes first so that it wins where marks overlap
    sorted.sort(Comparator.comparingInt(Mark::column).thenComparing(m -> !m.primary()));
    Mark last = sorted.stream().max(Comparator.comparingInt(Mark::column)).orElseThrow();
    Row first = new Row(text, severity);
    for (Mark m : sorted) {
      first.put(m.column(), String.valueOf(m.primary() ? '^' : '-').repeat(m.length()), m);
    }
    if (!last.label().isEmpty()) {
      first.append(" " + last.label(), last);
    }
    emit(out, first, width);
    List<Mark> rest = sorted.stream().filter(m -> m != last && !m.label().isEmpty()).toList();
    for (int i = rest.size() - 1; i >= 0; i--) {
      Row connectors = new Row(text, severity);
      Row label = new Row(text, severity);
      for (int j = 0; j <= i; j++) {
        connectors.put(rest.get(j).column(), "|", rest.get(j));
        label.put(rest.get(j).column(), j < i ? "|" : rest.get(j).label(), rest.get(j));
      }
      emit(out, connectors, width);
      emit(out, label, width);
    }
  }

  private void emit(StringBuilder out, Row row, int width) {
    out.append(style.gutter(" ".repeat(width) + " |")).append(' ').append(row.text).append('\n');
  }

  /** One underline row, filled left to right at display columns (tabs count {@link #TAB_WIDTH}). */
  private final class Row {
    private final String source;
    /** Colours primary marks: red under an error, yellow under a warning. */
    private final Severity severity;
    private final StringBuilder text = new StringBuilder();
    /** Display columns used so far. */
    private int width;

    Row(String source, Severity severity) {
      this.source = source;
      this.severity = severity;
    }

    /** Puts {@code s} right after what the row holds so far. */
    void append(String s, Mark m) {
      putAt(width, s, m);
    }

    /** Puts {@code s} at the display position of 1-based source {@code column}. */
    void put(int column, String s, Mark m) {
      putAt(displayColumn(column), s, m);
    }

    private void putAt(int at, String s, Mark m) {
      if (at < width) {
        int skip = width - at; // overlapping an earlier mark: that one wins
        if (skip >= s.length()) {
          return;
        }
        s = s.substring(skip);
        at = width;
      }
      text.append(" ".repeat(at - width)).append(m.primary() ? style.severity(severity, s) : style.gutter(s));
      width = at + s.length();
    }

    private int displayColumn(int column) {
      int d = 0;
      for (int i = 0; i < column - 1; i++) {
        d += i < source.length() && source.charAt(i) == '\t' ? TAB_WIDTH : 1;
      }
      return d;
    }
  }
}
