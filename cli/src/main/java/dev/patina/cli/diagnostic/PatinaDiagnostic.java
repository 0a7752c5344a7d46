package dev.patina.cli.diagnostic;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * One compiler diagnostic, with the structure Patina's message text carries parsed out of it.
 *
 * @param file the source file, or null for a diagnostic without one (e.g. a bad option)
 * @param line 1-based line of the diagnostic's position, 0 if unknown
 * @param column 1-based column of that position, 0 if unknown
 * @param startOffset character offset where the flagged code starts, -1 if unknown
 * @param endOffset character offset just past the flagged code, -1 if unknown
 * @param severity error, warning or note
 * @param code the Patina code ({@code P0382}, {@code ownership.internal}), or null for javac's own
 * @param headline the first line of the message, without the code
 * @param related other places in the same file, each with a label
 * @param notes facts without a place
 * @param helps what to do about it
 */
public record PatinaDiagnostic(
    Path file,
    int line,
    int column,
    long startOffset,
    long endOffset,
    Severity severity,
    String code,
    String headline,
    List<Related> related,
    List<String> notes,
    List<String> helps) {

  /** Source order: by file (diagnostics without one first), then line, then column. */
  public static final Comparator<PatinaDiagnostic> SOURCE_ORDER =
      Comparator.comparing((PatinaDiagnostic d) -> d.file() == null ? "" : d.file().toString())
          .thenComparingInt(PatinaDiagnostic::line)
          .thenComparingInt(PatinaDiagnostic::column);

  public PatinaDiagnostic {
    related = List.copyOf(related);
    notes = List.copyOf(notes);
    helps = List.copyOf(helps);
  }

  /**
   * A related place ({@code --> Demo.java:18:10: value moved into `give` here}).
   *
   * @param file the file name as the checker wrote it (a bare name, the diagnostic's own file)
   * @param line 1-based line
   * @param column 1-based column
   * @param label what happened there
   */
  public record Related(String file, int line, int column, String label) {}

  /** Whether a Patina checker (rather than javac itself) reported it. */
  public boolean hasCode() {
    return code != null;
  }
}
