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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code patina demo}: for each scene, compiles a small program with deliberate bugs, shows what
 * the checkers say, then compiles the fixed program and shows it is clean. Exits 0 only if every
 * scene went as it should, so it doubles as a smoke test of the whole tool chain.
 */
@Command(
    name = "demo",
    header = "Show the Patina checkers on buggy programs and their fixes.",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the checkers at work: programs with deliberate bugs (examples/compile-fail/*/demo),",
      "then their fixed versions (examples/src/main/java/dev/patina/examples/*)."
    })
public final class DemoCommand extends PatinaCommand {

  /** A bug a scene's broken program must provoke: its code, and what the bug is. */
  record Bug(String code, String what) {}

  /**
   * One scene: a fixed program, and broken files that replace some of its files (the rest of the
   * program comes from the fixed version), with the bugs they must provoke.
   */
  record Scene(String title, Path broken, Path fixed, List<Bug> bugs) {}

  static final List<Scene> SCENES = List.of(
      new Scene("A page pool with four ownership bugs",
          Path.of("examples/compile-fail/ownership/demo"),
          Path.of("examples/src/main/java/dev/patina/examples/ownership"),
          List.of(new Bug("P0382", "a page used after it was moved"),
              new Bug("P1001", "a page leaked on one path"),
              new Bug("P1002", "a page created and dropped"),
              new Bug("P0507", "a borrowed page consumed"))),
      new Scene("A payment with two typestate bugs",
          Path.of("examples/compile-fail/typestate/demo"),
          Path.of("examples/src/main/java/dev/patina/examples/typestate/transaction"),
          List.of(new Bug("T0002", "a transaction left open on the declined path"),
              new Bug("T0001", "a balance read after the commit"))),
      new Scene("A projectile's state with two units bugs",
          Path.of("examples/compile-fail/units/demo"),
          Path.of("examples/src/main/java/dev/patina/examples/units"),
          List.of(new Bug("U0001", "a squared velocity added to a velocity"),
              new Bug("U0002", "metres handed over as kilometres"))));

  @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
      description = "auto (when stdout is a terminal, the default), always or never.")
  ColorChoice color;

  @Override
  public Integer call() {
    PatinaPaths paths = paths();
    Style style = color.style();
    DiagnosticReport report = new DiagnosticReport(Format.HUMAN, SourceLookup.files(), style);
    List<String> caught = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int step = 1;
    try {
      for (Scene scene : SCENES) {
        Path broken = paths.home().resolve(scene.broken());
        Path fixed = paths.home().resolve(scene.fixed());
        List<Path> fixedFiles = SourceFiles.collect(List.of(fixed));
        out().println(style.bold(step++ + ". " + scene.title() + ", in " + DisplayPaths.show(broken) + ":"));
        out().println();
        CompileResult bad = compile(paths, overlay(SourceFiles.collect(List.of(broken)), fixedFiles));
        report.print(bad, out(), out());
        out().println();
        out().println(style.bold(step++ + ". The same program with the bugs fixed, in " + DisplayPaths.show(fixed) + ":"));
        out().println();
        CompileResult good = compile(paths, fixedFiles);
        report.print(good, out(), out());
        out().println();
        judge(scene, bad, good, caught, failures);
      }
    } catch (BadPathException | IOException e) {
      return fail("cannot compile the demo programs: " + e.getMessage());
    }
    out().println("What this showed: at compile time, the checkers caught " + String.join(", ", caught) + ".");
    out().println("Each fixed program " + (failures.isEmpty() ? "compiles cleanly" : "does NOT compile cleanly")
        + " with the same checkers; `patina explain CODE` explains each code.");
    out().flush();
    return failures.isEmpty() ? 0 : fail(String.join("; ", failures));
  }

  /**
   * The broken program: its own files, plus the fixed program's files it does not replace (the
   * broken {@code Report.java} uses the fixed {@code Page} and {@code PagePool}).
   */
  static List<Path> overlay(List<Path> broken, List<Path> fixed) {
    Set<String> replaced = new LinkedHashSet<>();
    broken.forEach(p -> replaced.add(p.getFileName().toString()));
    List<Path> files = new ArrayList<>(broken);
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

  /** Adds what the scene's broken program showed to {@code caught}, and what went wrong to {@code failures}. */
  private static void judge(Scene scene, CompileResult bad, CompileResult good, List<String> caught, List<String> failures) {
    Set<String> found = new LinkedHashSet<>();
    bad.diagnostics().stream().map(PatinaDiagnostic::code).filter(c -> c != null).forEach(found::add);
    List<String> missing = new ArrayList<>();
    for (Bug bug : scene.bugs()) {
      if (found.contains(bug.code())) {
        caught.add(bug.code() + " (" + bug.what() + ")");
      } else {
        missing.add(bug.code());
      }
    }
    if (!missing.isEmpty()) {
      failures.add("the checkers did not report " + String.join(", ", missing) + " on " + scene.broken());
    }
    long goodProblems = good.count(Severity.ERROR) + good.count(Severity.WARNING);
    if (goodProblems > 0) {
      failures.add("the fixed program " + scene.fixed() + " has " + goodProblems + " problems; it should have none");
    }
  }
}
