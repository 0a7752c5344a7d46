package dev.patina.cli.bench;

import java.util.List;
import java.util.Optional;

/** The registered benchmark suites, in the order {@code patina bench} lists them. */
public final class BenchSuites {

  /** Add new suites here. */
  private static final List<BenchSuite> ALL = List.of();

  private BenchSuites() {}

  public static List<BenchSuite> all() {
    return ALL;
  }

  public static Optional<BenchSuite> named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
