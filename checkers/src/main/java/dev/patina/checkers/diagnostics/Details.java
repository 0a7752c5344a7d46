package dev.patina.checkers.diagnostics;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines that follow a diagnostic's headline: related places ({@code --> Foo.java:10:14: value
 * moved here}) and one or more {@code help:} lines. Rendered into the message text itself, so that
 * users of plain javac and Maven see them too; {@code ./patina check} parses them back into labels.
 */
public final class Details {

  /** The prefix of a related-place line; the CLI's parser keys on it. */
  public static final String RELATED = "  --> ";

  /** The prefix of a help line. */
  public static final String HELP = "  help: ";

  /** The prefix of a note line (a fact without a place). */
  public static final String NOTE = "  note: ";

  private final CompilationUnitTree root;
  private final SourcePositions positions;
  private final List<String> related = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> helps = new ArrayList<>();

  public Details(CompilationUnitTree root, SourcePositions positions) {
    this.root = root;
    this.positions = positions;
  }

  /** Adds a related place: where {@code tree} starts, with a label. */
  public Details at(Tree tree, String label) {
    return atOffset(positions.getStartPosition(root, tree), label);
  }

  /** Adds a related place at a character offset of this file (e.g. a closing brace). */
  public Details atOffset(long offset, String label) {
    if (offset < 0) {
      return this;
    }
    LineMap lines = root.getLineMap();
    String file = Path.of(root.getSourceFile().toUri().getPath()).getFileName().toString();
    related.add(
        RELATED + file + ":" + lines.getLineNumber(offset) + ":" + lines.getColumnNumber(offset) + ": " + label);
    return this;
  }

  public Details note(String text) {
    notes.add(NOTE + text);
    return this;
  }

  public Details help(String text) {
    helps.add(HELP + text);
    return this;
  }

  /** The lines, each starting with a line break, ready to append to a headline. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (List<String> group : List.of(related, notes, helps)) {
      for (String line : group) {
        sb.append('\n').append(line);
      }
    }
    return sb.toString();
  }
}
