package dev.patina.bench;

import java.util.List;
import java.util.Objects;

/**
 * A benchmark suite that {@code ./patina bench NAME} runs.
 *
 * @param name what users type, e.g. {@code queue}
 * @param description one line for {@code ./patina bench}'s list
 * @param packageName the package whose benchmarks belong to the suite (sub-packages included)
 * @param defaults JMH options used unless the command line sets the same option
 * @param yardsticks fixed rates that throughput results (in ops/s) are also compared with
 */
public record Suite(String name, String description, String packageName, JmhDefaults defaults,
    List<Yardstick> yardsticks) {

  public Suite {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(defaults, "defaults");
    yardsticks = List.copyOf(yardsticks);
  }

  /** A suite with the defaults of systems-anchors §5 for this 2-core machine. */
  public Suite(String name, String description, String packageName) {
    this(name, description, packageName, JmhDefaults.STANDARD, List.of());
  }

  /**
   * A rate that is not measured but known, e.g. the Game Boy's 59.73 frames per second: the report
   * adds a column with each ops/s score divided by it.
   *
   * @param name what the column says, e.g. {@code real time}
   * @param opsPerSecond the rate
   */
  public record Yardstick(String name, double opsPerSecond) {}

  /** The JMH include pattern: every benchmark of the suite's package. */
  public String includePattern() {
    return "^" + packageName.replace(".", "\\.") + "\\..*";
  }

  /** Whether the benchmark with this fully qualified name belongs to the suite. */
  public boolean includes(String benchmark) {
    return benchmark.startsWith(packageName + ".");
  }

  /**
   * JMH options a suite runs with unless the command line says otherwise.
   *
   * @param forks forked JVMs per benchmark
   * @param warmupIterations warm-up iterations per fork
   * @param warmupSeconds seconds per warm-up iteration
   * @param iterations measured iterations per fork
   * @param seconds seconds per measured iteration
   * @param jvmArgs the forked JVMs' arguments
   */
  public record JmhDefaults(
      int forks, int warmupIterations, int warmupSeconds, int iterations, int seconds,
      List<String> jvmArgs) {

    /** 3 forks × 5 s warm-up and 10 s measurement, a fixed 1 GiB heap, pre-touched. */
    public static final JmhDefaults STANDARD = new JmhDefaults(3, 5, 1, 10, 1,
        List.of("-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "--enable-native-access=ALL-UNNAMED"));

    public JmhDefaults {
      jvmArgs = List.copyOf(jvmArgs);
    }
  }
}
