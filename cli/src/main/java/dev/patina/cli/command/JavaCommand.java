package dev.patina.cli.command;

import dev.patina.cli.PatinaPaths;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code patina java ARGS}: the JDK's java with Patina's runtime and annotations on the class path. */
@Command(
    name = "java",
    header = "Run java with Patina's runtime on the class path.",
    description = {
      "Runs the JDK's java with Patina's runtime and annotations on the class path; a -cp,",
      "-classpath or --class-path before the main class is added to it. Everything else goes",
      "to java unchanged."
    })
public final class JavaCommand extends PatinaCommand implements PassThrough {

  @Option(names = "--help", usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Parameters(paramLabel = "ARGS", description = "java options, the main class and its arguments.")
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    try {
      PatinaPaths paths = paths();
      ToolArgs given = ToolArgs.forJava(args);
      List<String> classpath = new ArrayList<>(paths.userClasspath());
      classpath.addAll(given.classpath());
      List<String> command = new ArrayList<>();
      command.add(paths.jdkTool("java").toString());
      command.addAll(List.of("-cp", PatinaPaths.join(classpath)));
      command.addAll(given.rest());
      return ProcessRunner.run(command, null, Map.of());
    } catch (IOException e) {
      return fail(e.getMessage());
    }
  }
}
