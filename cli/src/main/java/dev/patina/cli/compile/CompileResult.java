package dev.patina.cli.compile;

import dev.patina.cli.diagnostic.PatinaDiagnostic;
import dev.patina.cli.diagnostic.Severity;
import java.util.List;

/**
 * What one compilation produced.
 *
 * @param diagnostics every diagnostic, in source order
 * @param fileCount how many source files were compiled
 * @param compilerOutput anything javac printed outside the diagnostic listener (usually empty)
 */
public record CompileResult(List<PatinaDiagnostic> diagnostics, int fileCount, String compilerOutput) {

  public CompileResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** How many diagnostics have the given severity. */
  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /** Whether any diagnostic is an error. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }
}
