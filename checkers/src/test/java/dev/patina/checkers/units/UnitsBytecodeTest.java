package dev.patina.checkers.units;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import org.junit.jupiter.api.Test;

/**
 * The spec's promise: a program checked for units compiles to the same instructions as the same
 * program without any unit annotation. Units exist only at compile time (and as annotations in the
 * class file, for reflection); the code itself is plain arithmetic.
 */
class UnitsBytecodeTest {

  private static final String ANNOTATED = """
      import dev.patina.units.PolyUnit;
      import dev.patina.units.Unit;

      class Ballistics {
        static final double G = 9.81;

        static @PolyUnit double clamp(@PolyUnit double x, @PolyUnit double lo, @PolyUnit double hi) {
          return Math.max(lo, Math.min(hi, x));
        }

        static @Unit("m") double range(@Unit("m/s") double speed, @Unit("rad") double angle) {
          @Unit("m/s^2") double g = G;
          double flight = 2 * speed * Math.sin(angle) / g;
          @Unit("m") double sum = 0;
          for (int i = 0; i < 10; i++) {
            sum += clamp(speed * Math.cos(angle) * flight / 10, 0, 1e6);
          }
          return sum;
        }
      }
      """;

  @Test
  void checkedCodeCompilesToTheInstructionsOfUncheckedCode() throws IOException {
    String plain = ANNOTATED.replaceAll("@(Unit\\(\"[^\"]*\"\\)|PolyUnit) ", "")
        .replaceAll("import dev\\.patina\\.units\\.\\w+;\n", "");
    assertThat(plain).doesNotContain("@Unit", "@PolyUnit");
    String checked = disassemble(ANNOTATED, true);
    String unchecked = disassemble(plain, false);
    assertThat(checked).contains("dmul", "invokestatic").isEqualTo(unchecked);
  }

  /** {@code javap -c -p} of the compiled class, without the lines that show type annotations. */
  private static String disassemble(String source, boolean withChecker) throws IOException {
    Path dir = Files.createTempDirectory("patina-bytecode");
    try {
      Path src = dir.resolve("Ballistics.java");
      Files.writeString(src, source, UTF_8);
      JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
      try (var files = javac.getStandardFileManager(null, null, UTF_8)) {
        List<String> options = List.of("-d", dir.toString(), "-classpath", System.getProperty("java.class.path"),
            withChecker ? "-proc:full" : "-proc:none");
        var task = javac.getTask(null, files, null, options, null, files.getJavaFileObjects(src));
        if (withChecker) {
          task.setProcessors(List.of(new UnitsChecker()));
        }
        assertThat(task.call()).as("compiles %s the checker", withChecker ? "with" : "without").isTrue();
      }
      StringWriter out = new StringWriter();
      ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
      javap.run(new PrintWriter(out), new PrintWriter(out), "-c", "-p", dir.resolve("Ballistics.class").toString());
      return out.toString().lines()
          .filter(l -> !l.contains("RuntimeVisibleTypeAnnotations") && !l.contains("dev.patina.units")
              && !l.strip().matches("\\d+: #\\d+\\(.*"))
          .map(l -> l.replaceAll("@dev\\.patina\\.units\\.\\w+(\\([^)]*\\))? ", ""))
          .reduce("", (a, b) -> a + b + "\n");
    } finally {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
