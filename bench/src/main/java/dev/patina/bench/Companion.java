package dev.patina.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A program that a suite runs after its JMH benchmarks, whose rows join the report: a peer that is
 * not on the JVM (Tokio, for the {@code executor} suite), measured in the same run.
 *
 * <p>The program is {@link #script} under Patina's home, run as {@code script --seconds N}, where
 * N is the JMH measurement time per benchmark. It prints one row per line, tab-separated: {@code
 * Class.method}, the parameters ({@code key=value,key=value} or empty), the score and its unit,
 * e.g. {@code ChainedSpawnBench.tokio	workers=1	98.4	ns/op}; lines starting with {@code #} are
 * notes for the report. {@code Class} is the simple name of a benchmark class of the suite, so the
 * row lands in that class's table, next to the JMH rows with the same parameters. Exit status
 * {@value #SKIPPED} means "cannot run here" (no compiler, no sources), with the reason on stderr.
 *
 * @param title what the rows are, for the report
 * @param script the program, relative to Patina's home
 */
public record Companion(String title, String script) {

  /** The exit status of a companion that cannot run on this machine. */
  public static final int SKIPPED = 3;

  private static final Map<String, Companion> BY_SUITE = Map.of(
      "executor", new Companion("Tokio 1.24.2 (Rust port of benches/rt_multi_threaded.rs)", "bench/tokio/run.sh"));

  /** The companion of {@code suite}, if it has one. */
  public static Optional<Companion> of(Suite suite) {
    return Optional.ofNullable(BY_SUITE.get(suite.name()));
  }

  /** What a run gave: rows and notes, or why it did not run. */
  public record Outcome(List<Report.Row> rows, List<String> notes, Optional<String> skipped) {}

  /** Runs the companion for a suite whose benchmarks live in {@code packageName}. */
  Outcome run(Path home, String packageName, long seconds) throws IOException {
    Path program = home.resolve(script);
    if (!Files.isExecutable(program)) {
      return skipped(program + " is missing or not executable");
    }
    Path errors = Files.createTempFile("companion", ".err");
    try {
      Process p = new ProcessBuilder(program.toString(), "--seconds", Long.toString(seconds))
          .directory(home.toFile()).redirectError(errors.toFile()).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(1, TimeUnit.HOURS)) {
        p.destroyForcibly();
        return skipped(script + " did not finish within an hour");
      }
      List<String> err = Files.readAllLines(errors, StandardCharsets.UTF_8);
      String why = err.isEmpty() ? "" : err.getLast();
      if (p.exitValue() == SKIPPED) {
        return skipped(why);
      }
      if (p.exitValue() != 0) {
        return skipped(script + " failed with exit status " + p.exitValue() + (why.isEmpty() ? "" : ": " + why));
      }
      return parse(out, packageName);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return skipped("interrupted");
    } finally {
      Files.deleteIfExists(errors);
    }
  }

  private static Outcome skipped(String reason) {
    return new Outcome(List.of(), List.of(), Optional.of(reason));
  }

  /** Parses the companion's stdout (see the class comment). */
  static Outcome parse(String out, String packageName) {
    List<Report.Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        notes.add(line.substring(1).strip());
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4 || f[0].indexOf('.') < 0) {
        throw new IllegalArgumentException("a companion row needs Class.method, params, score and unit: " + line);
      }
      Map<String, String> params = new TreeMap<>();
      for (String kv : f[1].split(",")) {
        int eq = kv.indexOf('=');
        if (eq > 0) {
          params.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
      }
      int dot = f[0].lastIndexOf('.');
      String cls = packageName + "." + f[0].substring(0, dot);
      rows.add(new Report.Row(packageName + "." + f[0], cls, f[0].substring(dot + 1), params, "avgt",
          Double.parseDouble(f[2]), Double.NaN, f[3], Optional.empty()));
    }
    return new Outcome(rows, notes, Optional.empty());
  }
}
