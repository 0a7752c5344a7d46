package dev.patina.cli.render;

import dev.patina.cli.compile.CompileResult;
import dev.patina.cli.diagnostic.PatinaDiagnostic;
import dev.patina.cli.diagnostic.Severity;
import java.io.PrintWriter;

/**
 * Prints a compilation's diagnostics in one layout, then the summary line, and decides the exit
 * code: 1 when there is an error, else 0. Shared by {@code check} and {@code demo}.
 */
public final class DiagnosticReport {

  private final Format format;
  private final DiagnosticFormat renderer;
  private final Style style;

  public DiagnosticReport(Format format, SourceLookup sources, Style style) {
    this.format = format;
    this.renderer = format.create(sources, style);
    this.style = style;
  }

  /** Prints everything and returns the exit code. */
  public int print(CompileResult result, PrintWriter out, PrintWriter err) {
    if (!result.compilerOutput().isBlank()) {
      err.print(result.compilerOutput());
    }
    for (PatinaDiagnostic d : result.diagnostics()) {
      out.print(renderer.render(d));
    }
    String summary = summary(result);
    if (summary == null) {
      err.println("no problems found in " + result.fileCount() + (result.fileCount() == 1 ? " file" : " files"));
    } else {
      // JSON lines stay pure on stdout; the summary is for people, so it goes to stderr there
      (format == Format.JSON ? err : out).println(summary);
    }
    out.flush();
    err.flush();
    return result.hasErrors() ? 1 : 0;
  }

  /** {@code error: 3 errors, 1 warning}, {@code warning: 2 warnings}, or null without either. */
  String summary(CompileResult result) {
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    if (errors == 0 && warnings == 0) {
      return null; // javac's notes ("uses unchecked operations") are not problems
    }
    StringBuilder text = new StringBuilder();
    if (errors > 0) {
      text.append(plural(errors, "error"));
    }
    if (warnings > 0) {
      text.append(errors > 0 ? ", " : "").append(plural(warnings, "warning"));
    }
    Severity worst = errors > 0 ? Severity.ERROR : Severity.WARNING;
    return style.severity(worst, worst.label()) + style.bold(": " + text);
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
