package dev.patina.cli.bench;

import dev.patina.cli.PatinaPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * A JMH benchmark suite that {@code patina bench NAME} can run. Each issue that adds benchmarks
 * implements this and registers the suite in {@link BenchSuites}.
 */
public interface BenchSuite {

  /** The name users type, e.g. {@code channels}. */
  String name();

  /** One line for the list. */
  String description();

  /** Runs the suite with extra JMH arguments; returns the exit code. */
  int run(PatinaPaths paths, List<String> jmhArgs, PrintWriter out) throws IOException;
}
