package dev.patina.checkers.units;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.checkers.testing.InProcessCompile;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken input never makes a stack trace escape javac: malformed unit strings, {@code @Unit} on
 * things that are not numbers, syntax errors and missing classes give diagnostics, nothing else.
 */
class UnitsMalformedInputTest {

  private static InProcessCompile.Result compile(String body) throws IOException {
    return InProcessCompile.run(
        "import dev.patina.units.Unit;\nimport dev.patina.units.PolyUnit;\n" + body, new UnitsChecker(), List.of());
  }

  private static List<String> messages(InProcessCompile.Result r) {
    return InProcessCompile.messages(r);
  }

  private static void assertNoCrash(InProcessCompile.Result r) {
    assertThat(r.thrown()).as("thrown").isNull();
    assertThat(r.javacOutput() + r.systemErr())
        .doesNotContain("at org.checkerframework", "at dev.patina", "Exception", "crashed");
    assertThat(messages(r)).noneMatch(m -> m.contains("Exception") || m.contains("crashed"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"m/", "(m", "m)", "m^", "m^x", "m^1.5", "", " ", "mph", "kmin", "Kim", "7*m",
      "0", "m^99999", "m//s", "**", "^2", "°C", "Ω", "m s", "m\\ts", "\\u0000", "1/0"})
  void malformedUnitStringsAreU0004(String unit) throws IOException {
    InProcessCompile.Result r = compile("class C { @Unit(\"" + unit + "\") double d; }");
    assertNoCrash(r);
    assertThat(messages(r)).anyMatch(m -> m.contains("malformed unit"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"String", "boolean", "Object", "Runnable", "Boolean"})
  void unitOnSomethingThatIsNotANumberIsU0004(String type) throws IOException {
    InProcessCompile.Result r = compile("class C { @Unit(\"m\") " + type + " x; }");
    assertNoCrash(r);
    assertThat(messages(r)).anyMatch(m -> m.contains("`@Unit` applies to numbers"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "class C { @Unit(\"m\") double d = ; }",
      "class C { @Unit double d; }",
      "class C { @Unit(42) double d; }",
      "class C { @Unit(\"m\") Missing d; double f(@Unit(\"s\") double t) { return t + nowhere; } }",
      "class C { @Unit(\"m\") double d = new Missing().x(); }",
      "class C { void f(@Unit(\"m\") double d) { Math.sqrt(d, d); Math.pow(d); } }",
      "class C { void f(@Unit(\"m\") double d) { dev.patina.runtime.units.Units.convert(d); } }",
      "class C { @Unit(CONST) double d; static final String CONST = \"km\"; void f(@Unit(\"m\") double m) { double x = d + m; } }",
      "class C<T extends Number> { @PolyUnit T f(@PolyUnit T t) { return t; } }",
      "class C { void f(@Unit(\"m\") double d) { double[] a = {d, 1}; @Unit(\"m\") double[] b = new double[3]; b[0] = d; } }",
      "record R(@Unit(\"m\") double x) { R { x = x + 1; } }",
      "class C { @Unit(\"m\") double d; Runnable r = () -> { double y = d * d; }; }",
      "@Unit(\"m\") class C { }",
  })
  void brokenProgramsGiveDiagnosticsNotCrashes(String source) throws IOException {
    InProcessCompile.Result r = compile(source);
    assertNoCrash(r);
  }

  /**
   * Class literals of primitive types ({@code double.class}, as a JSON binder compares field
   * types) once crashed the checker's first scan of a file with a {@code NullPointerException}
   * that javac reported as a Checker Framework crash; they are ordinary code, with or without units.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "class C { boolean isDecimal(Class<?> t) { return t == double.class || t == Double.class || t == float.class; } }",
      "class C { Class<?> k = int[].class; Class<?> v = void.class; }",
      "class C { @Unit(\"m\") double d; Object read(Class<?> t) { return t == double.class ? d : null; } }",
      "class C { static @Unit(\"s\") double t(@Unit(\"s\") double x) { Class<?> k = long.class; return x; } }",
  })
  void primitiveClassLiteralsAreOrdinaryCode(String source) throws IOException {
    InProcessCompile.Result r = compile(source);
    assertNoCrash(r);
    assertThat(messages(r)).isEmpty();
  }
}
