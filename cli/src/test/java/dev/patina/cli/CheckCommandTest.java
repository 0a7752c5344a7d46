package dev.patina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code patina check} end to end: real javac, the real ownership checker, temporary sources. */
class CheckCommandTest {

  private static final String PEN = """
      import dev.patina.ownership.Consume;
      import dev.patina.ownership.Linear;
      import dev.patina.ownership.Owned;

      @Linear
      class Pen {
        void look() {}

        @Consume
        void close() {}
      }

      class Demo {
        static void give(@Owned Pen p) {
          p.close();
        }

        static void run() {
          Pen p = new Pen();
          %s
        }
      }
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private static final String SENSOR = """
      package demo;

      import dev.patina.derive.Reflect;
      import dev.patina.derive.Struct;

      @Reflect
      public record Sensor(String name, double celsius) {}

      @Struct
      record Reading(long time, float celsius) {}
      """;

  /** Compiles only if the processors ran: it names what they generate. */
  private static final String USER = """
      package demo;

      import java.lang.foreign.MemorySegment;

      class UsesGenerated {
        static String firstComponent() {
          return SensorReflection.INSTANCE.recordComponents().getFirst().name();
        }

        static long time(MemorySegment segment) {
          return new ReadingView(segment, 0).time();
        }
      }
      """;

  @Test
  void checkRunsTheDeriveProcessorsSoGeneratedCodeResolves() throws IOException {
    write("demo/Sensor.java", SENSOR);
    write("demo/UsesGenerated.java", USER);
    CliRun run = CliRun.of("check", "--color=never", dir.toString());
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.err()).contains("no problems found in 2 files");
  }

  @Test
  void checkReportsDeriveErrors() throws IOException {
    Path file = write("demo/Vault.java", """
        package demo;

        import dev.patina.derive.Reflect;

        class Vault {
          @Reflect
          private static final class Secret {}
        }
        """);
    CliRun run = CliRun.of("check", "--color=never", file.toString());
    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out()).contains("R0002").contains("Secret");
  }

  @Test
  void javacRunsTheDeriveProcessorsAndWritesTheIndex() throws IOException {
    Path sensor = write("demo/Sensor.java", SENSOR);
    Path user = write("demo/UsesGenerated.java", USER);
    Path out = dir.resolve("classes");
    CliRun run = CliRun.of("javac", "-d", out.toString(), sensor.toString(), user.toString());
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(out.resolve("demo/SensorReflection.class")).exists();
    assertThat(out.resolve("demo/ReadingView.class")).exists();
    assertThat(out.resolve("META-INF/patina/reflect.index")).content().contains("demo.Sensor=demo.SensorReflection");
  }

  @Test
  void useAfterMoveIsAnError() throws IOException {
    Path file = write("Demo.java", PEN.formatted("give(p);\n    p.look();"));
    CliRun run = CliRun.of("check", "--color=never", file.toString());
    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out())
        .contains("error[P0382]: use of moved value: `p`")
        .contains("--> ")
        .contains("value moved into `give` here")
        .contains("= help: ")
        .endsWith("error: 1 error\n");
  }

  @Test
  void cleanCodeExitsZero() throws IOException {
    write("a/Demo.java", PEN.formatted("give(p);"));
    CliRun run = CliRun.of("check", dir.toString());
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no problems found in 1 file");
  }

  @Test
  void syntaxErrorsAreShownWithoutStackTraces() throws IOException {
    Path file = write("Broken.java", "class Broken {\n  void f() {\n    int x = ;\n  }\n}\n");
    CliRun run = CliRun.of("check", "--format", "short", file.toString());
    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out()).contains("Broken.java:3:13: error: illegal start of expression");
    assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonLinesAreJson() throws IOException {
    write("Demo.java", PEN.formatted("give(p);\n    p.look();\n    new Pen();"));
    CliRun run = CliRun.of("check", "--format=json", dir.toString());
    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
    for (String line : lines) {
      Map<String, Object> o = (Map<String, Object>) MiniJson.parse(line);
      assertThat(o).containsKeys("file", "line", "column", "code", "severity", "message", "related", "notes", "help");
      assertThat(o.get("severity")).isEqualTo("error");
    }
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"code\":\"P0382\""));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"code\":\"P1002\""));
    assertThat(run.err()).contains("error: 2 errors");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    CliRun missing = CliRun.of("check", dir.resolve("nope.java").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("does not exist");

    Path file = write("Demo.java", PEN.formatted(""));
    CliRun unknown = CliRun.of("check", "--checkers", "ownership,nosuch", file.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown checker `nosuch`; known checkers: ownership, typestate, units");

    CliRun format = CliRun.of("check", "--format", "xml", file.toString());
    assertThat(format.exit()).isEqualTo(2);
  }
}
