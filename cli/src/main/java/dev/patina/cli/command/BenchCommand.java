package dev.patina.cli.command;

import dev.patina.cli.PatinaPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code patina bench [NAME [JMH options]]}: lists the JMH suites of the {@code bench} module, or
 * runs one. The suites live in {@code bench/} ({@code dev.patina.bench.Suites}); this command
 * rebuilds {@code bench/target/benchmarks.jar} when a source it is made from changed, then runs it.
 */
@Command(
    name = "bench",
    header = "List or run the JMH benchmark suites.",
    description = {
      "Without NAME, lists the suites. With NAME, runs that suite (JMH options after it, e.g.",
      "-f 1 -wi 2 -i 3, override the suite's defaults; a pattern narrows it to some benchmarks)",
      "and writes docs/bench/NAME.md (a table per benchmark class with ratios to its baseline)",
      "and docs/bench/NAME.json (JMH's results). --out DIR writes them elsewhere."
    })
public final class BenchCommand extends PatinaCommand implements PassThrough {

  /** The modules the benchmarks jar is built from; a newer file in one of them means rebuild. */
  private static final List<String> SOURCES = List.of("pom.xml", "annotations", "processors", "runtime", "examples", "bench");

  @Option(names = "--help", usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The suite to run.")
  String name;

  @Parameters(index = "1..*", paramLabel = "JMH_ARGS", description = "Arguments for JMH, or --out DIR.")
  List<String> jmhArgs = new ArrayList<>();

  @Override
  public Integer call() {
    PatinaPaths paths = paths();
    Path jar = paths.home().resolve("bench/target/benchmarks.jar");
    try {
      if (isStale(paths.home(), jar)) {
        int built = build(paths);
        if (built != 0) {
          return fail("building the benchmarks failed (mvn -pl processors,bench -am package exited " + built + ")");
        }
      }
      List<String> command = new ArrayList<>(List.of(paths.jdkTool("java").toString(),
          "--enable-native-access=ALL-UNNAMED", "-Dpatina.home=" + paths.home(), "-jar", jar.toString()));
      if (name == null) {
        command.add("list");
      } else {
        command.add("run");
        command.add(name);
        command.addAll(jmhArgs);
      }
      return ProcessRunner.run(command, paths.home(), Map.of());
    } catch (IOException | UncheckedIOException e) {
      return fail("cannot run the benchmarks: " + e.getMessage());
    }
  }

  private int build(PatinaPaths paths) throws IOException {
    err().println("patina: building the benchmarks (mvn -pl processors,bench -am package) ...");
    String mavenOpts = "--sun-misc-unsafe-memory-access=allow " + System.getenv().getOrDefault("MAVEN_OPTS", "");
    return ProcessRunner.run(
        List.of("mvn", "-B", "-q", "-Dmaven.test.skip=true", "-pl", "processors,bench", "-am", "package"),
        paths.home(), Map.of("JAVA_HOME", paths.javaHome().toString(), "MAVEN_OPTS", mavenOpts.strip()));
  }

  /** Whether the jar is missing or older than a main source or pom of a module it is made from. */
  static boolean isStale(Path home, Path jar) throws IOException {
    if (!Files.isRegularFile(jar)) {
      return true;
    }
    FileTime built = Files.getLastModifiedTime(jar);
    for (String source : SOURCES) {
      Path root = home.resolve(source);
      if (!Files.exists(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        boolean newer = files
            .filter(f -> !f.toString().contains("/target/"))
            .filter(f -> f.getFileName().toString().equals("pom.xml") || f.toString().contains("/src/main/"))
            .filter(Files::isRegularFile)
            .anyMatch(f -> modifiedAfter(f, built));
        if (newer) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean modifiedAfter(Path file, FileTime time) {
    try {
      return Files.getLastModifiedTime(file).compareTo(time) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
