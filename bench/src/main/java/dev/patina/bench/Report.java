package dev.patina.bench;

import java.lang.reflect.Method;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.util.Version;

/**
 * The Markdown report of one suite run: how it was run, then a table per benchmark class whose rows
 * carry their ratio to the class's {@link Baseline}.
 */
final class Report {

  private final Suite suite;
  private final String command;
  private final Options options;
  private final List<Row> rows;
  private final Optional<Companion> companion;
  private final Optional<Companion.Outcome> companionOutcome;

  Report(Suite suite, String command, Options options, Collection<RunResult> results) {
    this(suite, command, options, results, Optional.empty(), Optional.empty());
  }

  /** A report whose tables also hold the rows of the suite's {@link Companion} run. */
  Report(Suite suite, String command, Options options, Collection<RunResult> results,
      Optional<Companion> companion, Optional<Companion.Outcome> outcome) {
    this.suite = suite;
    this.command = command;
    this.options = options;
    this.companion = companion;
    this.companionOutcome = outcome;
    List<Row> all = new ArrayList<>(results.stream().map(Row::of).toList());
    outcome.ifPresent(o -> all.addAll(o.rows()));
    this.rows = all.stream().sorted(Comparator.comparing(Row::benchmark)).toList();
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark suite `").append(suite.name()).append("`\n\n")
        .append(suite.description()).append(".\n\n")
        .append("Written by `").append(command).append("` on ")
        .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
        .append(".\n\n")
        .append(machine()).append("\n\n")
        .append("`ratio` is the score divided by the baseline's score with the same parameters: ")
        .append("for `avgt` (time per operation) below 1 is faster than the baseline, for `thrpt` ")
        .append("(operations per time) above 1 is. `B/op` is `gc.alloc.rate.norm` from `-prof gc`. ")
        .append("The raw JMH results are in `").append(suite.name()).append(".json` next to this file.\n");
    byClass().forEach((cls, classRows) -> table(md, cls, classRows, suite.yardsticks()));
    companion.ifPresent(c -> companionSection(md, c));
    return md.toString();
  }

  /** The companion's notes, or why it was skipped, and each JMH row's ratio to the companion's. */
  private void companionSection(StringBuilder md, Companion c) {
    md.append("\n## Companion: ").append(c.title()).append("\n\n");
    Companion.Outcome o = companionOutcome.orElse(null);
    if (o == null || o.skipped().isPresent()) {
      md.append("Not run: ").append(o == null ? "no outcome" : o.skipped().get())
          .append(". Only the JMH rows above were measured.\n");
      return;
    }
    md.append("Run as `").append(c.script()).append("`; its rows are also in the tables above.");
    o.notes().forEach(n -> md.append(" ").append(n));
    md.append("\n\n| benchmark | parameters | score | companion | ratio to the companion |\n")
        .append("|---|---|---:|---:|---:|\n");
    for (Row peer : o.rows()) {
      for (Row r : rows) {
        if (!o.rows().contains(r) && r.className().equals(peer.className()) && r.params().equals(peer.params())
            && r.mode().equals(peer.mode())) {
          String cls = r.className().substring(r.className().lastIndexOf('.') + 1);
          md.append("| ").append(cls).append('.').append(r.method()).append(" | ").append(r.paramsText())
              .append(" | ").append(format(r.score())).append(' ').append(r.unit())
              .append(" | ").append(format(peer.score())).append(' ').append(peer.unit())
              .append(" | ").append(format(r.score() / peer.score())).append("x |\n");
        }
      }
    }
  }

  private String machine() {
    Runtime rt = Runtime.getRuntime();
    return "JDK " + System.getProperty("java.vm.version") + " (" + System.getProperty("java.vm.name")
        + "), " + rt.availableProcessors() + " CPUs, " + System.getProperty("os.name") + " "
        + System.getProperty("os.version") + "; JMH " + Version.getPlainVersion() + ", "
        + options.getForkCount().orElse(-1) + " forks, "
        + options.getWarmupIterations().orElse(-1) + " × " + options.getWarmupTime().orElse(null)
        + " warm-up, " + options.getMeasurementIterations().orElse(-1) + " × "
        + options.getMeasurementTime().orElse(null) + " measurement; JVM arguments "
        + options.getJvmArgs().orElse(List.of()) + ".";
  }

  private Map<String, List<Row>> byClass() {
    Map<String, List<Row>> map = new LinkedHashMap<>();
    rows.forEach(r -> map.computeIfAbsent(r.className(), k -> new ArrayList<>()).add(r));
    return map;
  }

  private static void table(StringBuilder md, String cls, List<Row> classRows, List<Suite.Yardstick> yardsticks) {
    Optional<BaselineRule> rule = BaselineRule.of(cls);
    md.append("\n## ").append(cls.substring(cls.lastIndexOf('.') + 1)).append("\n\n")
        .append(rule.map(r -> "Baseline: " + r.describe() + ".\n\n").orElse("No baseline declared.\n\n"))
        .append("| benchmark | parameters | mode | score | error | unit | B/op | ratio |");
    yardsticks.forEach(y -> md.append(" vs ").append(y.name()).append(" |"));
    md.append("\n|---|---|---|---:|---:|---|---:|---:|");
    yardsticks.forEach(y -> md.append("---:|"));
    md.append("\n");
    for (Row r : classRows) {
      String ratio = rule.flatMap(b -> b.baselineOf(r, classRows))
          .map(base -> format(r.score() / base.score()) + "x").orElse("");
      md.append("| ").append(r.method()).append(" | ").append(r.paramsText()).append(" | ")
          .append(r.mode()).append(" | ").append(format(r.score())).append(" | ")
          .append(Double.isFinite(r.error()) ? "± " + format(r.error()) : "").append(" | ")
          .append(r.unit()).append(" | ")
          .append(r.bytesPerOp().map(Report::format).orElse("")).append(" | ")
          .append(ratio).append(" |");
      for (Suite.Yardstick y : yardsticks) {
        md.append(r.unit().equals("ops/s") ? " " + format(r.score() / y.opsPerSecond()) + "x |" : " |");
      }
      md.append("\n");
    }
  }

  static String format(double v) {
    double a = Math.abs(v);
    if (a >= 100) {
      return String.format("%,.0f", v);
    }
    if (a >= 10) {
      return String.format("%.1f", v);
    }
    if (a >= 0.01 || a == 0) {
      return String.format("%.2f", v);
    }
    return String.format("%.2e", v);
  }

  /** One result: a benchmark method (or group) with one set of parameters. */
  record Row(String benchmark, String className, String method, Map<String, String> params,
      String mode, double score, double error, String unit, Optional<Double> bytesPerOp) {

    static Row of(RunResult result) {
      BenchmarkParams p = result.getParams();
      String benchmark = p.getBenchmark();
      int dot = benchmark.lastIndexOf('.');
      Map<String, String> params = new TreeMap<>();
      p.getParamsKeys().forEach(k -> params.put(k, p.getParam(k)));
      Result<?> primary = result.getPrimaryResult();
      Optional<Double> bytes = result.getSecondaryResults().entrySet().stream()
          .filter(e -> e.getKey().endsWith("gc.alloc.rate.norm"))
          .map(e -> e.getValue().getScore()).findFirst();
      return new Row(benchmark, benchmark.substring(0, dot), benchmark.substring(dot + 1), params,
          p.getMode().shortLabel(), primary.getScore(), primary.getScoreError(),
          primary.getScoreUnit(), bytes);
    }

    String paramsText() {
      return params.isEmpty() ? "" : String.join(", ",
          params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
  }

  /** Which row a row is compared with, from the {@link Baseline} on the class or a method. */
  record BaselineRule(String method, String param, String value) {

    static Optional<BaselineRule> of(String className) {
      Class<?> cls;
      try {
        cls = Class.forName(className, false, Report.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        return Optional.empty();
      }
      Baseline onClass = cls.getAnnotation(Baseline.class);
      if (onClass != null && !onClass.param().isEmpty()) {
        return Optional.of(new BaselineRule(null, onClass.param(), onClass.value()));
      }
      for (Method m : cls.getDeclaredMethods()) {
        if (m.isAnnotationPresent(Baseline.class)) {
          return Optional.of(new BaselineRule(m.getName(), null, null));
        }
      }
      return Optional.empty();
    }

    String describe() {
      return method != null ? "`" + method + "`" : "`" + param + "=" + value + "`";
    }

    Optional<Row> baselineOf(Row row, List<Row> candidates) {
      return candidates.stream().filter(c -> c.mode().equals(row.mode())).filter(c -> {
        if (method != null) {
          return c.method().equals(method) && c.params().equals(row.params());
        }
        Map<String, String> wanted = new TreeMap<>(row.params());
        wanted.put(param, value);
        return c.method().equals(row.method()) && c.params().equals(wanted);
      }).findFirst();
    }
  }
}
