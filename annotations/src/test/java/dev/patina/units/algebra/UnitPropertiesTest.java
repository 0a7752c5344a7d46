package dev.patina.units.algebra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Algebraic laws over seeded random units (seeds are parameters, so a failure names its seed). */
class UnitPropertiesTest {

  private static final List<String> SPELLINGS = new ArrayList<>(UnitTable.spellingsMap().keySet());

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> 0x5EED_0000L + i);
  }

  /** A random expression of 1 to 4 factors, each a random spelling to a power in [-3, 3]. */
  static String randomExpression(Random r) {
    StringBuilder sb = new StringBuilder(SPELLINGS.get(r.nextInt(SPELLINGS.size())));
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      sb.append(r.nextBoolean() ? "*" : "/").append(SPELLINGS.get(r.nextInt(SPELLINGS.size())));
      int e = r.nextInt(7) - 3;
      if (e != 1) {
        sb.append("^").append(e);
      }
    }
    if (r.nextInt(5) == 0) {
      sb.insert(0, (r.nextBoolean() ? "60*" : "1/1000*"));
    }
    return sb.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void printThenParseIsIdentity(long seed) {
    Random r = new Random(seed);
    UnitOfMeasure a = UnitOfMeasure.parse(randomExpression(r));
    assertThat(UnitOfMeasure.parse(a.canonical())).as(a.canonical()).isEqualTo(a);
    // printing is a function of the value: the canonical form of the canonical form is itself
    assertThat(UnitOfMeasure.parse(a.canonical()).canonical()).isEqualTo(a.canonical());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void timesThenDivideIsIdentity(long seed) {
    Random r = new Random(seed);
    UnitOfMeasure a = UnitOfMeasure.parse(randomExpression(r));
    UnitOfMeasure b = UnitOfMeasure.parse(randomExpression(r));
    assertThat(a.times(b).dividedBy(b)).isEqualTo(a);
    assertThat(a.times(b)).isEqualTo(b.times(a));
    assertThat(a.dividedBy(a)).isEqualTo(UnitOfMeasure.ONE);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sqrtOfSquareIsIdentity(long seed) {
    Random r = new Random(seed);
    UnitOfMeasure a = UnitOfMeasure.parse(randomExpression(r));
    assertThat(a.times(a).sqrt()).contains(a);
    assertThat(a.pow(3).root(3)).contains(a);
    int n = r.nextInt(9) - 4;
    assertThat(a.pow(n).pow(-1)).isEqualTo(a.pow(-n));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void factorsMatchDoubleArithmetic(long seed) {
    Random r = new Random(seed);
    UnitOfMeasure a = UnitOfMeasure.parse(randomExpression(r));
    UnitOfMeasure coherent = UnitOfMeasure.of(a.dimension(), Scale.ONE);
    double f = a.factorTo(coherent).toDouble();
    double expected = Math.pow(2, a.scale().twos()) * Math.pow(3, a.scale().threes()) * Math.pow(5, a.scale().fives());
    assertThat(f).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1e-9));
  }

  @org.junit.jupiter.api.Test
  void everySpellingParsesToItsTableMeaning() {
    for (Map.Entry<String, UnitTable.Spelling> e : UnitTable.spellingsMap().entrySet()) {
      assertThat(UnitOfMeasure.parse(e.getKey())).as(e.getKey()).isEqualTo(e.getValue().value());
    }
  }
}
