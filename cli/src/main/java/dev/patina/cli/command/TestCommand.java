package dev.patina.cli.command;

import dev.patina.cli.PatinaPaths;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code patina test}: Patina's own build and test suites ({@code mvn -B verify}). The launcher
 * runs {@code ./patina test} itself without starting this JVM; this is the same for callers of
 * the CLI and for {@code --help}.
 */
@Command(
    name = "test",
    header = "Build Patina and run its tests (mvn -B verify).",
    description = {
      "Builds Patina and runs every test suite: `mvn -B verify` in the Patina checkout,",
      "with any further arguments passed to Maven (e.g. -pl checkers, -Dtest=Name)."
    })
public final class TestCommand extends PatinaCommand implements PassThrough {

  @Option(names = "--help", usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Parameters(paramLabel = "MVN_ARGS", description = "More Maven arguments.")
  List<String> mvnArgs = new ArrayList<>();

  @Override
  public Integer call() {
    PatinaPaths paths = paths();
    List<String> command = new ArrayList<>(List.of("mvn", "-B", "verify"));
    command.addAll(mvnArgs);
    // Maven must run on the JDK that runs Patina; the option silences Maven 3.8's Unsafe warning
    String mavenOpts = "--sun-misc-unsafe-memory-access=allow " + System.getenv().getOrDefault("MAVEN_OPTS", "");
    try {
      return ProcessRunner.run(command, paths.home(),
          Map.of("JAVA_HOME", paths.javaHome().toString(), "MAVEN_OPTS", mavenOpts.strip()));
    } catch (IOException e) {
      return fail("cannot run Maven (is `mvn` installed and on the PATH?): " + e.getMessage());
    }
  }
}
