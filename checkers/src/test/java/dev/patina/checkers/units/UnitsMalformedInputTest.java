package dev.patina.checkers.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken input never makes a stack trace escape javac: malformed unit strings, {@code @Unit} on
 * things that are not numbers, syntax errors and missing classes give diagnostics, nothing else.
 */
class UnitsMalformedInputTest {

  private static UnitsCompile.Result compile(String body) throws IOException {
    return UnitsCompile.run("import dev.patina.units.Unit;\nimport dev.patina.units.PolyUnit;\n" + body);
  }

  private static void assertNoCrash(UnitsCompile.Result r) {
    assertThat(r.thrown()).as("thrown").isNull();
    assertThat(r.output()).doesNotContain("at org.checkerframework", "at dev.patina", "Exception", "crashed");
    assertThat(r.messages()).noneMatch(m -> m.contains("Exception") || m.contains("crashed"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"m/", "(m", "m)", "m^", "m^x", "m^1.5", "", " ", "mph", "kmin", "Kim", "7*m",
      "0", "m^99999", "m//s", "**", "^2", "°C", "Ω", "m s", "m\\ts", "\\u0000", "1/0"})
  void malformedUnitStringsAreU0004(String unit) throws IOException {
    UnitsCompile.Result r = compile("class C { @Unit(\"" + unit + "\") double d; }");
    assertNoCrash(r);
    assertThat(r.messages()).anyMatch(m -> m.contains("malformed unit"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"String", "boolean", "Object", "Runnable", "Boolean"})
  void unitOnSomethingThatIsNotANumberIsU0004(String type) throws IOException {
    UnitsCompile.Result r = compile("class C { @Unit(\"m\") " + type + " x; }");
    assertNoCrash(r);
    assertThat(r.messages()).anyMatch(m -> m.contains("`@Unit` applies to numbers"));
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
    UnitsCompile.Result r = compile(source);
    assertNoCrash(r);
  }
}
