package dev.patina.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The JMH options of one suite run: the suite's defaults under what the command line says. */
final class SuiteOptions {

  private SuiteOptions() {}

  /**
   * The options for running {@code suite} with the JMH command line {@code args}, writing JMH's
   * JSON results to {@code json}. Patterns in {@code args} narrow the suite to the benchmarks they
   * match; they never reach another suite's benchmarks.
   */
  static Options of(Suite suite, List<String> args, Path json) throws CommandLineOptionException {
    CommandLineOptions parsed = new CommandLineOptions(args.toArray(String[]::new));
    List<String> narrowing = parsed.getIncludes();
    // JMH adds a parent's includes to the child's, so the parent must not have any
    CommandLineOptions given = narrowing.isEmpty() ? parsed : withoutPatterns(args, narrowing);
    ChainedOptionsBuilder b = new OptionsBuilder().parent(given)
        .result(json.toString()).resultFormat(ResultFormatType.JSON);
    if (narrowing.isEmpty()) {
      b.include(suite.includePattern());
    } else {
      // a pattern on the command line narrows the suite; it never reaches another suite's benchmarks
      for (String pattern : narrowing) {
        b.include("^(?=.*(?:" + pattern + "))" + suite.includePattern().substring(1));
      }
    }
    Suite.JmhDefaults d = suite.defaults();
    if (!given.getForkCount().hasValue()) {
      b.forks(d.forks());
    }
    if (!given.getWarmupIterations().hasValue()) {
      b.warmupIterations(d.warmupIterations());
    }
    if (!given.getWarmupTime().hasValue()) {
      b.warmupTime(TimeValue.seconds(d.warmupSeconds()));
    }
    if (!given.getMeasurementIterations().hasValue()) {
      b.measurementIterations(d.iterations());
    }
    if (!given.getMeasurementTime().hasValue()) {
      b.measurementTime(TimeValue.seconds(d.seconds()));
    }
    if (!given.getJvmArgs().hasValue()) {
      b.jvmArgs(d.jvmArgs().toArray(String[]::new));
    }
    // benchmarks find their data (test ROMs in ../shared) from Patina's checkout, in every fork
    String home = System.getProperty("patina.home");
    if (home != null) {
      // the builder's jvmArgsAppend replaces the command line's, so the command line's go first
      List<String> append = new ArrayList<>(given.getJvmArgsAppend().orElse(List.of()));
      append.add("-Dpatina.home=" + home);
      b.jvmArgsAppend(append.toArray(String[]::new));
    }
    if (given.getProfilers().isEmpty()) {
      b.addProfiler(GCProfiler.class);
    }
    return b.build();
  }

  /** The command line without its positional patterns (the last occurrence of each). */
  private static CommandLineOptions withoutPatterns(List<String> args, List<String> patterns)
      throws CommandLineOptionException {
    List<String> rest = new ArrayList<>(args);
    for (String p : patterns) {
      rest.remove(rest.lastIndexOf(p));
    }
    CommandLineOptions options = new CommandLineOptions(rest.toArray(String[]::new));
    if (!options.getIncludes().isEmpty()) {
      throw new CommandLineOptionException("cannot tell the patterns " + patterns + " from option values in " + args);
    }
    return options;
  }
}
