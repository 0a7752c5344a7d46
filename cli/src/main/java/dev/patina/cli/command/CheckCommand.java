package dev.patina.cli.command;

import dev.patina.cli.CheckerRegistry;
import dev.patina.cli.CheckerRegistry.UnknownCheckerException;
import dev.patina.cli.PatinaPaths;
import dev.patina.cli.compile.CheckCompiler;
import dev.patina.cli.compile.CompileResult;
import dev.patina.cli.compile.SourceFiles;
import dev.patina.cli.compile.SourceFiles.BadPathException;
import dev.patina.cli.render.DiagnosticReport;
import dev.patina.cli.render.Format;
import dev.patina.cli.render.SourceLookup;
import dev.patina.cli.render.Style.ColorChoice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code patina check}: compiles sources with the Patina checkers and prints what they find. */
@Command(
    name = "check",
    header = "Check .java files with the Patina checkers.",
    mixinStandardHelpOptions = true,
    description = {
      "Compiles the given .java files, and those under the given directories, with the Patina checkers on.",
      "Prints every diagnostic; class files are thrown away.",
      "Exit status: 0 no errors, 1 errors found, 2 usage error."
    })
public final class CheckCommand extends PatinaCommand {

  @Option(names = "--checkers", split = ",", paramLabel = "LIST", completionCandidates = KnownCheckers.class,
      description = "Checkers to run, comma-separated (default: all). Known: ${COMPLETION-CANDIDATES}.")
  List<String> checkers = new ArrayList<>();

  /** The registry's names, for the help text. */
  static final class KnownCheckers implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return CheckerRegistry.names().iterator();
    }
  }

  @Option(names = "--format", defaultValue = "human", paramLabel = "FORMAT",
      description = "human (rustc-like, the default), short (one line each) or json (one object per line).")
  Format format;

  @Option(names = {"--classpath", "-cp"}, paramLabel = "CP",
      description = "More class path for the checked code, after Patina's annotations and runtime.")
  String classpath;

  @Option(names = "--release", paramLabel = "N", description = "Compile for Java release N (javac --release).")
  Integer release;

  @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
      description = "auto (when stdout is a terminal, the default), always or never.")
  ColorChoice color;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = ".java files or directories to check.")
  List<Path> paths;

  @Override
  public Integer call() {
    List<String> checkerClasses;
    List<Path> files;
    try {
      checkerClasses = CheckerRegistry.classNames(checkers);
      files = SourceFiles.collect(paths);
    } catch (UnknownCheckerException | BadPathException e) {
      throw usage(e.getMessage());
    } catch (IOException e) {
      return fail("cannot list the sources: " + e.getMessage());
    }
    List<String> extra = classpath == null ? List.of() : PatinaPaths.split(classpath);
    CompileResult result;
    try {
      result = new CheckCompiler(checkerClasses, extra, release).compile(paths(), files);
    } catch (IllegalArgumentException e) {
      throw usage("javac rejected an option: " + e.getMessage());
    } catch (IOException e) {
      return fail(e.getMessage());
    }
    return new DiagnosticReport(format, SourceLookup.files(), color.style()).print(result, out(), err());
  }
}
