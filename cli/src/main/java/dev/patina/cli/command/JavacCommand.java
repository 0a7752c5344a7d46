package dev.patina.cli.command;

import dev.patina.cli.CheckerRegistry;
import dev.patina.cli.JdkAccess;
import dev.patina.cli.PatinaPaths;
import dev.patina.cli.compile.ExpandCompiler;
import dev.patina.cli.compile.ErrorProneArgs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code patina javac ARGS}: the JDK's javac with every Patina checker on — the processor path,
 * the processors (the checkers and the derive processors), Error Prone with Patina's checks only,
 * Patina's class path, and the JVM flags the Checker Framework and Error Prone need.
 */
@Command(
    name = "javac",
    header = "Run javac with the Patina checkers on.",
    description = {
      "Runs the JDK's javac with every Patina checker and the @Reflect and @Struct processors as",
      "annotation processors, and Patina's annotations and runtime on the class path; your",
      "-cp/-classpath/--class-path is added to it.",
      "Everything else goes to javac unchanged (javac's own help: `patina javac -help`)."
    })
public final class JavacCommand extends PatinaCommand implements PassThrough {

  @Option(names = "--help", usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Parameters(paramLabel = "ARGS", description = "javac options and source files.")
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    try {
      PatinaPaths paths = paths();
      ToolArgs given = ToolArgs.forJavac(args);
      List<String> all = CheckerRegistry.classNames(List.of());
      List<String> processorPath = new ArrayList<>(paths.processorPath());
      processorPath.addAll(paths.errorPronePath());
      processorPath.addAll(given.processorPath());
      Set<String> processors = new LinkedHashSet<>(CheckerRegistry.processors(all));
      // -processor turns off discovery: name the derive processors (@Reflect, @Struct) as well
      ExpandCompiler.patinaProcessors().forEach(p -> processors.add(p.getClass().getName()));
      processors.addAll(given.processors());
      List<String> classpath = new ArrayList<>(paths.userClasspath());
      classpath.addAll(given.classpath());

      List<String> command = new ArrayList<>();
      command.add(paths.jdkTool("javac").toString());
      command.addAll(JdkAccess.javacFlags());
      command.addAll(List.of("-processorpath", PatinaPaths.join(processorPath)));
      command.addAll(List.of("-processor", String.join(",", processors)));
      command.addAll(List.of("-cp", PatinaPaths.join(classpath)));
      // one javac, as in a Maven build: the first error of either tool can hide the other's (docs/checkers/unsafe.md)
      command.addAll(ErrorProneArgs.of(CheckerRegistry.errorProneChecks(all)));
      command.addAll(given.rest());
      return ProcessRunner.run(command, null, Map.of());
    } catch (IOException e) {
      return fail(e.getMessage());
    } catch (CheckerRegistry.UnknownCheckerException e) {
      throw new IllegalStateException(e); // cannot happen: the empty list means all checkers
    }
  }
}
