package dev.patina.cli.render;

/** The layouts of {@code --format}. */
public enum Format {
  /** rustc's multi-line layout with source snippets. */
  HUMAN,
  /** One line per diagnostic, rustc's {@code --error-format=short}. */
  SHORT,
  /** One JSON object per line, for tools. */
  JSON;

  /** A renderer of this layout. */
  public DiagnosticFormat create(SourceLookup sources, Style style) {
    return switch (this) {
      case HUMAN -> new HumanFormat(sources, style);
      case SHORT -> new ShortFormat(style);
      case JSON -> new JsonFormat();
    };
  }
}
