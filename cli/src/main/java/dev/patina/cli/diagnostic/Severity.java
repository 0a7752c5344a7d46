package dev.patina.cli.diagnostic;

import java.util.Locale;
import javax.tools.Diagnostic;

/** How bad a diagnostic is, in the words rustc prints ({@code error}, {@code warning}, {@code note}). */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** javac's kinds folded onto three: mandatory warnings are warnings, OTHER is a note. */
  public static Severity of(Diagnostic.Kind kind) {
    return switch (kind) {
      case ERROR -> ERROR;
      case WARNING, MANDATORY_WARNING -> WARNING;
      case NOTE, OTHER -> NOTE;
    };
  }

  /** The lower-case word shown to users. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
