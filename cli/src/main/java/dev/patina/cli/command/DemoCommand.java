package dev.patina.cli.command;

import dev.patina.cli.CheckerRegistry;
import dev.patina.cli.PatinaPaths;
import dev.patina.cli.compile.CheckCompiler;
import dev.patina.cli.compile.CompileResult;
import dev.patina.cli.compile.SourceFiles;
import dev.patina.cli.compile.SourceFiles.BadPathException;
import dev.patina.cli.diagnostic.PatinaDiagnostic;
import dev.patina.cli.diagnostic.Severity;
import dev.patina.cli.render.DiagnosticReport;
import dev.patina.cli.render.DisplayPaths;
import dev.patina.cli.render.Format;
import dev.patina.cli.render.SourceLookup;
import dev.patina.cli.render.Style;
import dev.patina.cli.render.Style.ColorChoice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code patina demo}: compiles a small page-pool program with four ownership bugs, shows what the
 * checker says, then compiles the fixed program and shows it is clean. Exits 0 only if both went
 * as they should, so it doubles as a smoke test of the whole tool chain.
 */
@Command(
    name = "demo",
    header = "Show the ownership checker on a buggy program and its fix.",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the ownership checker at work: a program with deliberate ownership bugs",
      "(examples/compile-fail/ownership/demo), then its fixed version",
      "(examples/src/main/java/dev/patina/examples/ownership)."
    })
public final class DemoCommand extends PatinaCommand {

  static final Path BROKEN = Path.of("examples/compile-fail/ownership/demo");
  static final Path FIXED = Path.of("examples/src/main/java/dev/patina/examples/ownership");

  /** The codes the broken program must provoke, with what each bug is. */
  static final List<List<String>> EXPECTED = List.of(
      List.of("P0382", "a page used after it was moved"),
      List.of("P1001", "a page leaked on one path"),
      List.of("P1002", "a page created and dropped"),
      List.of("P0507", "a borrowed page consumed"));

  @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
      description = "auto (when stdout is a terminal, the default), always or never.")
  ColorChoice color;

  @Override
  public Integer call() {
    PatinaPaths paths = paths();
    Style style = color.style();
    DiagnosticReport report = new DiagnosticReport(Format.HUMAN, SourceLookup.files(), style);
    try {
      Path broken = paths.home().resolve(BROKEN);
      Path fixed = paths.home().resolve(FIXED);
      List<Path> fixedFiles = SourceFiles.collect(List.of(fixed));
      out().println(style.bold("1. A page pool with four ownership bugs, in " + DisplayPaths.show(broken) + ":"));
      out().println();
      CompileResult bad = compile(paths, overlay(SourceFiles.collect(List.of(broken)), fixedFiles));
      report.print(bad, out(), out());

      out().println();
      out().println(style.bold("2. The same program with the bugs fixed, in " + DisplayPaths.show(fixed) + ":"));
      out().println();
      CompileResult good = compile(paths, fixedFiles);
      report.print(good, out(), out());
      out().println();
      return conclude(bad, good);
    } catch (BadPathException | IOException e) {
      return fail("cannot compile the demo programs: " + e.getMessage());
    }
  }

  /**
   * The broken program: its own files, plus the fixed program's files it does not replace (the
   * broken {@code Report.java} uses the fixed {@code Page} and {@code PagePool}).
   */
  static List<Path> overlay(List<Path> broken, List<Path> fixed) {
    Set<String> replaced = new LinkedHashSet<>();
    broken.forEach(p -> replaced.add(p.getFileName().toString()));
    List<Path> files = new java.util.ArrayList<>(broken);
    fixed.stream().filter(p -> !replaced.contains(p.getFileName().toString())).forEach(files::add);
    return files;
  }

  private static CompileResult compile(PatinaPaths paths, List<Path> files) throws IOException {
    try {
      return new CheckCompiler(CheckerRegistry.classNames(List.of()), List.of(), null).compile(paths, files);
    } catch (CheckerRegistry.UnknownCheckerException e) {
      throw new IllegalStateException(e); // cannot happen: the empty list means all checkers
    }
  }

  /** The two closing lines, and the exit code: 0 only if both programs did what they show. */
  private int conclude(CompileResult bad, CompileResult good) {
    Set<String> found = new LinkedHashSet<>();
    bad.diagnostics().stream().map(PatinaDiagnostic::code).filter(c -> c != null).forEach(found::add);
    List<String> missing = EXPECTED.stream().map(e -> e.get(0)).filter(c -> !found.contains(c)).toList();
    long goodProblems = good.count(Severity.ERROR) + good.count(Severity.WARNING);
    List<String> caught = EXPECTED.stream().filter(e -> found.contains(e.get(0)))
        .map(e -> e.get(0) + " (" + e.get(1) + ")").toList();
    out().println("What this showed: at compile time, the ownership checker caught " + String.join(", ", caught) + ".");
    out().println("The fixed program " + (goodProblems == 0 ? "compiles cleanly" : "does NOT compile cleanly")
        + " with the same checker; `patina explain CODE` explains each code.");
    out().flush();
    if (!missing.isEmpty()) {
      return fail("the checker did not report " + String.join(", ", missing) + " on the broken program");
    }
    if (goodProblems > 0) {
      return fail("the fixed program has " + goodProblems + " problems; it should have none");
    }
    return 0;
  }
}
