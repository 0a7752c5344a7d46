package dev.patina.checkers.typestate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.checkers.testing.InProcessCompile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles malformed or unusual sources in-process with javac and the {@link TypestateChecker},
 * and checks that the checker never breaks the compilation: javac returns normally, no stack trace
 * reaches any output, and every diagnostic is javac's own or a Patina {@code T} code — never the
 * checker's internal-failure report.
 */
class MalformedInputTest {

  private static final List<String> CRASH_MARKERS =
      List.of("Exception:", "Error:", "at org.checkerframework", "at dev.patina", "typestate.internal", "crashed");

  private static final Pattern ORDINARY_CHECKER_MESSAGE =
      Pattern.compile("^\\[(T\\d{4}|type\\.checking\\.not\\.run)\\].*", Pattern.DOTALL);

  private static final String IMPORTS = "import dev.patina.typestate.*;\n";

  private static final String FILE = IMPORTS + """
      @Protocol(states = {"Closed", "Open"}, initial = "Closed", end = {"Closed"})
      class F {
        @Requires("Closed") @Ensures("Open") void open() {}
        @Requires("Open") @Ensures("Closed") void close() {}
      }
      """;

  /** One input: its source, whether javac itself rejects it, and a code the checker must report. */
  record Input(String source, boolean malformed, String mustReport) {}

  static Stream<Arguments> inputs() {
    List<Arguments> all = new ArrayList<>();
    // ---- syntax errors
    all.add(malformed("unterminated class body", FILE + "class U { void m() { F f = new F(); f.open();"));
    all.add(malformed("missing expression", FILE + "class U { void m() { F f = ; f.open(); int x = (3 + ; } }"));
    all.add(malformed("broken switch on an enum result", IMPORTS + """
        enum R { OK, NO }
        @Protocol(states = {"A", "B"}, initial = "A", end = {"A", "B"})
        class T { @EnsuresWhen(result = "OK", state = "B") R go() { return R.OK; } }
        class U { void m(T t) { switch (t.go()) { case OK -> ; case } } }
        """));
    all.add(malformed("only garbage", "@Protocol(states = ) class { } ) ("));
    all.add(valid("an empty file", "", null));
    // ---- missing classes
    all.add(malformed("a missing protocol class", IMPORTS + "class U { void m() { Missing f = new Missing(); f.open(); } }"));
    all.add(malformed("a misspelled annotation", FILE + "class U { @Requirez(\"Open\") void m() {} }"));
    all.add(malformed("a missing method on a protocol object", FILE + "class U { void m() { F f = new F(); f.read(); } }"));
    all.add(malformed("a protocol extending a missing class", IMPORTS
        + "@Protocol(states = {\"A\"}, initial = \"A\", end = {\"A\"}) class P extends Nowhere { @Requires(\"A\") void go() {} }"));
    // ---- bad annotation arguments and targets
    all.add(malformed("@Protocol with no elements", IMPORTS + "@Protocol class P {}"));
    all.add(malformed("@Protocol with a number for states", IMPORTS + "@Protocol(states = 3, initial = \"A\", end = {}) class P {}"));
    all.add(malformed("@Requires on a field", FILE + "class U { @Requires(\"Open\") int x; }"));
    all.add(malformed("@Protocol on a method", IMPORTS + "class U { @Protocol(states = {\"A\"}, initial = \"A\", end = {\"A\"}) void m() {} }"));
    all.add(malformed("@EnsuresWhen with no state", FILE + "class U2 extends F { @EnsuresWhen(result = \"true\") boolean ok() { return true; } }"));
    all.add(valid("@Protocol with no states", IMPORTS + "@Protocol(states = {}, initial = \"A\", end = {}) class P {}", "T0004"));
    all.add(valid("@Protocol with duplicate states", IMPORTS
        + "@Protocol(states = {\"A\", \"A\"}, initial = \"A\", end = {\"A\"}) class P { @Requires(\"A\") void go() {} }", null));
    all.add(valid("@State on a primitive, an array and a type argument", FILE
        + "class U { void m(@State(\"Open\") int x, @State(\"Open\") F[] fs, java.util.List<@State(\"Open\") F> l) {} }", "T0004"));
    all.add(valid("typestate annotations on an interface, an enum and a record", IMPORTS + """
        @Protocol(states = {"A", "B"}, initial = "A", end = {"A", "B"})
        interface I { @Requires("A") @Ensures("B") void go(); }
        @Protocol(states = {"A"}, initial = "A", end = {"A"})
        enum E { X; @Requires("A") void go() {} }
        @Protocol(states = {"A"}, initial = "A", end = {"A"})
        record Rec(int x) { @Requires("A") void go() {} }
        class U { void m(E e, Rec r) { e.go(); r.go(); I i = () -> {}; i.go(); } }
        """, null));
    all.add(malformed("a cyclic protocol hierarchy", IMPORTS
        + "@Protocol(states = {\"A\"}, initial = \"A\", end = {\"A\"}) class P extends Q {} class Q extends P {}"));
    all.add(valid("a generic protocol class and a type variable", FILE + """
        class Box<T extends F> { void m(T t) { t.open(); t.close(); } <S extends F> S id(S s) { return s; } }
        """, null));
    all.add(valid("deeply nested statements around a protocol object", deepStatements(), null));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void checkerSurvives(Input input) throws IOException {
    if (!input.malformed()) {
      InProcessCompile.Result plain = InProcessCompile.run(input.source(), null, List.of());
      assertThat(plain.diagnostics()).as("javac alone must accept the input")
          .extracting(MalformedInputTest::describe).noneMatch(d -> d.startsWith("ERROR"));
    }
    InProcessCompile.Result result = InProcessCompile.run(input.source(), new TypestateChecker(), List.of());
    assertThat(result.thrown()).as("javac must return normally").isNull();
    for (String marker : CRASH_MARKERS) {
      assertThat(result.javacOutput()).as("javac's own output").doesNotContain(marker);
      assertThat(result.systemErr()).as("System.err").doesNotContain(marker);
      for (Diagnostic<? extends JavaFileObject> d : result.diagnostics()) {
        assertThat(message(d)).as("diagnostic %s", describe(d)).doesNotContain(marker);
      }
    }
    for (Diagnostic<? extends JavaFileObject> d : result.diagnostics()) {
      String code = String.valueOf(d.getCode());
      if (code.endsWith("proc.messager")) {
        assertThat(message(d)).as("a Patina diagnostic: %s", describe(d)).matches(ORDINARY_CHECKER_MESSAGE);
      } else {
        assertThat(code).as("an ordinary javac diagnostic: %s", describe(d)).startsWith("compiler.");
      }
    }
    List<String> javacErrors = result.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR && !String.valueOf(d.getCode()).endsWith("proc.messager"))
        .map(MalformedInputTest::describe).toList();
    if (input.malformed()) {
      assertThat(javacErrors).as("javac itself rejects the input").isNotEmpty();
    } else {
      assertThat(javacErrors).as("valid Java: only the checker may complain").isEmpty();
    }
    if (input.mustReport() != null) {
      assertThat(InProcessCompile.messages(result)).anySatisfy(m -> assertThat(m).startsWith("[" + input.mustReport() + "]"));
    }
  }

  @Test
  void checkerRunsInThisHarness() throws IOException {
    InProcessCompile.Result result = InProcessCompile.run(FILE + "class U { void m() { F f = new F(); f.close(); } }",
        new TypestateChecker(), List.of());
    assertThat(InProcessCompile.messages(result)).anySatisfy(m -> assertThat(m).startsWith("[T0001]"));
  }

  private static String deepStatements() {
    StringBuilder s = new StringBuilder(FILE).append("class Deep {\n  void m(int k) {\n    F f = new F();\n    f.open();\n");
    int depth = 120;
    for (int i = 0; i < depth; i++) {
      s.append(switch (i % 4) {
        case 0 -> "if (k > " + i + ") {\n";
        case 1 -> "for (int i" + i + " = 0; i" + i + " < k; i" + i + "++) {\n";
        case 2 -> "try {\n";
        default -> "{\n";
      });
    }
    s.append("k++;\n");
    for (int i = depth - 1; i >= 0; i--) {
      s.append(i % 4 == 2 ? "} finally { k--; }\n" : "}\n");
    }
    return s.append("    f.close();\n  }\n}\n").toString();
  }

  private static String message(Diagnostic<? extends JavaFileObject> d) {
    return String.valueOf(d.getMessage(Locale.ROOT));
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    return d.getKind() + " " + d.getCode() + " at line " + d.getLineNumber() + ": " + message(d);
  }

  private static Arguments malformed(String name, String source) {
    return Arguments.of(Named.of(name, new Input(source, true, null)));
  }

  private static Arguments valid(String name, String source, String mustReport) {
    return Arguments.of(Named.of(name, new Input(source, false, mustReport)));
  }
}
