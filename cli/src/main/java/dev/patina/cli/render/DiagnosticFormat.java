package dev.patina.cli.render;

import dev.patina.cli.diagnostic.PatinaDiagnostic;

/** Turns one diagnostic into text: the human, short or JSON layout of {@code patina check}. */
@FunctionalInterface
public interface DiagnosticFormat {

  /** The rendered diagnostic, ending with a line break. */
  String render(PatinaDiagnostic d);

  /** The first word of a diagnostic: {@code error[P0382]}, or {@code error} for javac's own. */
  static String kindAndCode(PatinaDiagnostic d) {
    return d.severity().label() + (d.hasCode() ? "[" + d.code() + "]" : "");
  }
}
