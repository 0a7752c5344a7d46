package dev.patina.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.Options;

class BenchMainTest {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = BenchMain.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void listNamesEverySuiteWithItsDescription() {
    Run r = run("list");
    assertThat(r.exit()).isZero();
    for (Suite s : Suites.all()) {
      assertThat(r.out()).contains(s.name() + "\t" + s.description());
    }
  }

  @Test
  void unknownSuitesAndBadOptionsAreUsageErrors() {
    Run unknown = run("run", "no-such-suite");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no benchmark suite `no-such-suite`").contains("reflect");
    Run bad = run("run", "reflect", "--out", "/tmp/never", "-f", "many");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("bad JMH options");
    assertThat(run("frobnicate").exit()).isEqualTo(2);
  }

  @Test
  void theSuitesDefaultsApplyUnlessTheCommandLineSetsThem() throws Exception {
    Suite reflect = Suites.named("reflect").orElseThrow();
    Options defaults = SuiteOptions.of(reflect, List.of(), Path.of("/tmp/r.json"));
    assertThat(defaults.getForkCount().get()).isEqualTo(reflect.defaults().forks());
    assertThat(defaults.getMeasurementIterations().get()).isEqualTo(reflect.defaults().iterations());
    assertThat(defaults.getProfilers()).hasSize(1);
    assertThat(defaults.getIncludes()).containsExactly(reflect.includePattern());

    Options given = SuiteOptions.of(reflect, List.of("-f", "1", "-i", "2"), Path.of("/tmp/r.json"));
    assertThat(given.getForkCount().get()).isEqualTo(1);
    assertThat(given.getMeasurementIterations().get()).isEqualTo(2);
  }

  @Test
  void jvmArgsAppendFromTheCommandLineIsKeptNextToPatinaHome() throws Exception {
    Suite reflect = Suites.named("reflect").orElseThrow();
    String before = System.getProperty("patina.home");
    System.setProperty("patina.home", "/somewhere/patina");
    try {
      Options given = SuiteOptions.of(reflect, List.of("-jvmArgsAppend", "-XX:+UnlockDiagnosticVMOptions -XX:+PrintInlining"),
          Path.of("/tmp/r.json"));
      assertThat(given.getJvmArgsAppend().get())
          .containsExactly("-XX:+UnlockDiagnosticVMOptions", "-XX:+PrintInlining", "-Dpatina.home=/somewhere/patina");
      Options none = SuiteOptions.of(reflect, List.of(), Path.of("/tmp/r.json"));
      assertThat(none.getJvmArgsAppend().get()).containsExactly("-Dpatina.home=/somewhere/patina");
    } finally {
      if (before == null) {
        System.clearProperty("patina.home");
      } else {
        System.setProperty("patina.home", before);
      }
    }
  }

  @Test
  void aPatternNarrowsTheSuiteAndNeverWidensIt() throws Exception {
    Suite reflect = Suites.named("reflect").orElseThrow();
    Options narrowed = SuiteOptions.of(reflect, List.of("-f", "1", "FieldRead"), Path.of("/tmp/r.json"));
    List<String> includes = narrowed.getIncludes();
    String field = "dev.patina.bench.reflect.FieldReadBench.direct";
    String call = "dev.patina.bench.reflect.MethodCallBench.direct";
    String elsewhere = "org.example.FieldReadBench.direct";
    assertThat(includes).anyMatch(p -> java.util.regex.Pattern.compile(p).matcher(field).find());
    assertThat(includes).noneMatch(p -> java.util.regex.Pattern.compile(p).matcher(call).find());
    assertThat(includes).noneMatch(p -> java.util.regex.Pattern.compile(p).matcher(elsewhere).find());
  }
}
