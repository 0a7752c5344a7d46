package dev.patina.cli.render;

import dev.patina.cli.diagnostic.Severity;

/**
 * ANSI colours in rustc's scheme: bold red errors, bold yellow warnings, bold blue gutter and
 * secondary labels. A disabled style returns its input unchanged, so renderers never branch on it.
 */
public final class Style {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String BLUE = "\u001b[1;34m";
  private static final String GREEN = "\u001b[1;32m";

  /** Plain text, for files, pipes and tests. */
  public static final Style PLAIN = new Style(false);

  /** ANSI escapes. */
  public static final Style ANSI = new Style(true);

  private final boolean enabled;

  private Style(boolean enabled) {
    this.enabled = enabled;
  }

  /** The {@code --color} choice. */
  public enum ColorChoice {
    AUTO,
    ALWAYS,
    NEVER;

    /** AUTO means colour only when stdout is an interactive terminal. */
    public Style style() {
      return switch (this) {
        case ALWAYS -> ANSI;
        case NEVER -> PLAIN;
        case AUTO -> System.console() != null && System.console().isTerminal() ? ANSI : PLAIN;
      };
    }
  }

  public boolean enabled() {
    return enabled;
  }

  private String wrap(String code, String text) {
    return enabled && !text.isEmpty() ? code + text + RESET : text;
  }

  /** The colour of a severity word and of primary underlines. */
  public String severity(Severity s, String text) {
    return wrap(switch (s) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case NOTE -> GREEN;
    }, text);
  }

  /** Line numbers, the {@code |} gutter, {@code -->} and secondary labels. */
  public String gutter(String text) {
    return wrap(BLUE, text);
  }

  /** Headlines. */
  public String bold(String text) {
    return wrap(BOLD, text);
  }
}
