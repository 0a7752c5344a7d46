package dev.patina.examples.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.patina.units.Unit;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The orbit against Kepler: for circular and elliptical orbits (seeded random altitudes and
 * speeds) one simulated revolution takes the period of the third law, and the symplectic
 * integrator keeps the energy close to where it started.
 */
class OrbitTest {

  private static final @Unit("m") double METRE = 1;

  /** 12 orbits: altitude in [300, 36000) km, speed 0.92 to 1.08 times the circular speed. */
  static Stream<Arguments> orbits() {
    Random random = new Random(0x0b17L);
    return IntStream.range(0, 12).mapToObj(i -> Arguments.of(300e3 + 35_700e3 * random.nextDouble(), 0.92 + 0.16 * random.nextDouble()));
  }

  @ParameterizedTest(name = "{0} m up, {1} × circular speed")
  @MethodSource("orbits")
  void oneRevolutionTakesKeplersPeriod(double altitude, double speedFactor) {
    Orbit earth = new Orbit(Orbit.EARTH_MU, 1);
    @Unit("m") double r = Orbit.EARTH_RADIUS + altitude * METRE;
    @Unit("m/s") double v = speedFactor * earth.circularSpeed(r);
    // vis-viva: v² = μ (2/r − 1/a)
    @Unit("m") double a = 1 / (2 / r - v * v / Orbit.EARTH_MU);
    Orbit.Revolution one = earth.revolve(r, v);
    assertThat(one.period()).isCloseTo(earth.keplerPeriod(a), within(2e-4 * earth.keplerPeriod(a)));
    assertThat(one.energyDrift()).isLessThan(1e-3);
    // an ellipse's nearest and farthest points are a(1 − e) and a(1 + e): they sum to 2a
    assertThat(one.lowest() + one.highest()).isCloseTo(2 * a, within(1e-3 * a));
  }

  @Test
  void aCircularOrbitStaysNearlyCircular() {
    Orbit earth = new Orbit(Orbit.EARTH_MU, 0.5);
    @Unit("m") double r = Orbit.EARTH_RADIUS + 420_000 * METRE;
    Orbit.Revolution one = earth.revolve(r, earth.circularSpeed(r));
    assertThat(one.highest() - one.lowest()).isLessThan(1e-3 * r);
    assertThat(one.period()).isCloseTo(earth.keplerPeriod(r), within(1e-5 * earth.keplerPeriod(r)));
  }
}
