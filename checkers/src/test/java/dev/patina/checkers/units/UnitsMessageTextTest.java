package dev.patina.checkers.units;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.checkers.testing.InProcessCompile;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headlines users read: both units in canonical form, the conversion to write, the variable. */
class UnitsMessageTextTest {

  @Test
  void headlinesNameBothUnitsAndTheFix() throws IOException {
    InProcessCompile.Result r = compile("""
        import dev.patina.units.Unit;
        class Input {
          static double log(double x) { return x; }
          void f(@Unit("kg") double mass, @Unit("s") double time, @Unit("km") double km, @Unit("m") double m,
              double ratio, @Unit("N") double force) {
            double a = mass + time;
            double b = km + m;
            double c = m + ratio;
            @Unit("m") double d = time;
            log(m);
            m -= ratio;
            double e = Math.sqrt(m);
            @Unit("J") double work = force * m;
            @Unit("kg") double wrong = force;
          }
        }
        """);
    assertThat(r.thrown()).isNull();
    List<String> messages = InProcessCompile.messages(r);
    assertThat(messages).anyMatch(s -> s.startsWith("[U0001] cannot add `kg` and `s`: the dimensions differ"));
    assertThat(messages).anyMatch(s -> s.contains(
        "[U0002] cannot add `km` and `m`: the same dimension at different scales (1 `km` = 1000 `m`)")
        && s.contains("help: convert explicitly: `Units.convert(km, \"km\", \"m\")`"));
    assertThat(messages).anyMatch(s -> s.startsWith("[U0003] cannot add `m` and `ratio`, which has no unit")
        && s.contains("help: give `ratio` a unit where it is declared, e.g. `@Unit(\"m\")`"));
    assertThat(messages).anyMatch(s -> s.startsWith(
        "[U0001] cannot assign `s` to `d`, which is in `m`: the dimensions differ"));
    assertThat(messages).anyMatch(s -> s.startsWith(
        "[U0001] cannot pass `m` as parameter `x` of `Input.log`, which has no unit: the dimensions differ"));
    assertThat(messages).anyMatch(s -> s.startsWith(
        "[U0003] cannot subtract `ratio`, which has no unit, from `m` (in `m`)"));
    assertThat(messages).anyMatch(s -> s.startsWith(
        "[U0005] `Math.sqrt` of `m` has no unit: `m` has the exponent 1, which is not divisible by 2"));
    assertThat(messages).anyMatch(s -> s.startsWith(
        "[U0001] cannot assign `kg*m/s^2` to `wrong`, which is in `kg`: the dimensions differ"));
    assertThat(messages).hasSize(8);
  }

  @Test
  void malformedUnitsPointAtTheToken() throws IOException {
    InProcessCompile.Result r = compile("""
        import dev.patina.units.Unit;
        class Input {
          @Unit("kg*m/sec^2") double force;
        }
        """);
    assertThat(r.diagnostics()).hasSize(1);
    String message = InProcessCompile.messages(r).get(0);
    // line 3, column 3 + `@Unit("` (7) + 5 characters into the string = column 15
    assertThat(message).startsWith("[U0004] malformed unit `kg*m/sec^2`: unknown unit `sec`; write `s`")
        .contains("--> Input.java:3:15: unknown unit `sec`; write `s`");
    assertThat(r.diagnostics().get(0).getLineNumber()).isEqualTo(3);
  }

  private static InProcessCompile.Result compile(String source) throws IOException {
    return InProcessCompile.run(source, new UnitsChecker(), List.of());
  }
}
