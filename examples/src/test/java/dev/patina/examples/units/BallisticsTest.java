package dev.patina.examples.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.patina.units.Unit;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The projectile simulation against physics: in vacuum it must match the closed forms of the
 * parabola, air must shorten and lower every flight and only ever take energy away, and the RK4
 * integration must converge as its step shrinks. Launch parameters are drawn from a seeded random
 * source, so that a failure names a launch that can be replayed.
 */
class BallisticsTest {

  private static final @Unit("m/s^2") double G = Ballistics.STANDARD_GRAVITY;

  /** 25 launches: speed in [5, 300) m/s, elevation in [3, 87)°, with the seed that drew them. */
  static Stream<Arguments> launches() {
    Random random = new Random(0x5eed_ba11L);
    return IntStream.range(0, 25).mapToObj(i -> {
      double speed = 5 + 295 * random.nextDouble();
      double degrees = 3 + 84 * random.nextDouble();
      return Arguments.of(speed, degrees);
    });
  }

  private static Launch baseball(double speed, double degrees) {
    return Launch.baseball(speed * METRE_PER_SECOND, Launch.degrees(degrees));
  }

  private static final @Unit("m/s") double METRE_PER_SECOND = 1;

  @ParameterizedTest(name = "{0} m/s at {1}°")
  @MethodSource("launches")
  void inVacuumTheRangeIsVSquaredSinTwoThetaOverG(double speed, double degrees) {
    Launch launch = baseball(speed, degrees).inVacuum();
    Flight flight = new Ballistics(launch, Ballistics.DEFAULT_STEP).fly();
    @Unit("m/s") double v = launch.speed();
    @Unit("rad") double theta = launch.elevation();
    @Unit("m") double range = v * v * Math.sin(2 * theta) / G;
    @Unit("s") double time = 2 * v * Math.sin(theta) / G;
    @Unit("m") double apex = v * v * Math.sin(theta) * Math.sin(theta) / (2 * G);
    assertThat(flight.range()).isCloseTo(range, within(1e-9 * range));
    assertThat(flight.flightTime()).isCloseTo(time, within(1e-9 * time));
    assertThat(flight.apex()).isCloseTo(apex, within(1e-9 * apex));
    assertThat(flight.impactSpeed()).isCloseTo(v, within(1e-9 * v));
  }

  @ParameterizedTest(name = "{0} m/s at {1}°")
  @MethodSource("launches")
  void airShortensLowersAndSlowsEveryFlight(double speed, double degrees) {
    Launch launch = baseball(speed, degrees);
    Flight air = new Ballistics(launch, Ballistics.DEFAULT_STEP).fly();
    Flight vacuum = new Ballistics(launch.inVacuum(), Ballistics.DEFAULT_STEP).fly();
    assertThat(air.range()).isPositive().isLessThan(vacuum.range());
    assertThat(air.flightTime()).isPositive().isLessThan(vacuum.flightTime());
    assertThat(air.apex()).isPositive().isLessThan(vacuum.apex());
    assertThat(air.impactSpeed()).isLessThan(vacuum.impactSpeed());
    assertThat(air.dragLoss()).isPositive().isLessThan(air.launchEnergy());
  }

  @ParameterizedTest(name = "{0} m/s at {1}°")
  @MethodSource("launches")
  void inVacuumEnergyIsConservedAtEveryStep(double speed, double degrees) {
    Ballistics vacuum = new Ballistics(baseball(speed, degrees).inVacuum(), 0.01);
    List<FlightState> states = vacuum.trajectory();
    @Unit("J") double start = vacuum.mechanicalEnergy(states.get(0));
    for (FlightState s : states) {
      assertThat(vacuum.mechanicalEnergy(s)).as("at t = %s s", s.time()).isCloseTo(start, within(1e-10 * start));
    }
  }

  @ParameterizedTest(name = "{0} m/s at {1}°")
  @MethodSource("launches")
  void airOnlyEverTakesEnergyAway(double speed, double degrees) {
    Ballistics air = new Ballistics(baseball(speed, degrees), 0.01);
    List<FlightState> states = air.trajectory();
    for (int i = 1; i < states.size() - 1; i++) {
      assertThat(air.mechanicalEnergy(states.get(i)))
          .as("from t = %s s to %s s", states.get(i - 1).time(), states.get(i).time())
          .isLessThan(air.mechanicalEnergy(states.get(i - 1)));
    }
    // the landing may come a rounding error after the last full step: no gain, perhaps no loss
    assertThat(air.mechanicalEnergy(states.get(states.size() - 1)))
        .isLessThanOrEqualTo(air.mechanicalEnergy(states.get(states.size() - 2)));
    Flight flight = air.fly();
    assertThat(flight.dragLoss())
        .isCloseTo(air.mechanicalEnergy(states.get(0)) - air.mechanicalEnergy(states.get(states.size() - 1)),
            within(1e-9 * flight.launchEnergy()));
  }

  @Test
  void theIntegrationConvergesAtFourthOrder() {
    Launch launch = baseball(45, 35);
    @Unit("m") double coarse = new Ballistics(launch, 0.02).fly().range();
    @Unit("m") double medium = new Ballistics(launch, 0.01).fly().range();
    @Unit("m") double fine = new Ballistics(launch, 0.005).fly().range();
    // halving the step divides the error by 2^4 = 16 for a fourth-order method
    double ratio = (coarse - medium) / (medium - fine);
    assertThat(ratio).isBetween(12.0, 20.0);
    assertThat(new Ballistics(launch, Ballistics.DEFAULT_STEP).fly().range()).isCloseTo(fine, within(1e-5));
  }

  @Test
  void theLandingIsOnTheGroundAndTheTrajectoryEndsThere() {
    Ballistics air = new Ballistics(baseball(30, 60), Ballistics.DEFAULT_STEP);
    List<FlightState> states = air.trajectory();
    FlightState last = states.get(states.size() - 1);
    assertThat(last.y()).isCloseTo(0, within(1e-9));
    assertThat(states.subList(0, states.size() - 1)).allSatisfy(s -> assertThat(s.y()).isNotNegative());
    Flight flight = air.fly();
    assertThat(flight.range()).isEqualTo(last.x());
    assertThat(flight.flightTime()).isEqualTo(last.time());
  }

  @Test
  void aBallThrownFromACliffFallsFurtherThanFromTheGround() {
    Launch ground = baseball(20, 30).inVacuum();
    Launch cliff = new Launch(ground.speed(), ground.elevation(), 50, ground.mass(), ground.area(), 0, 0);
    Flight flight = new Ballistics(cliff, Ballistics.DEFAULT_STEP).fly();
    // solve h + vy t - g t²/2 = 0 for t
    @Unit("m/s") double vy = cliff.speed() * Math.sin(cliff.elevation());
    @Unit("s") double t = (vy + Math.sqrt(vy * vy + 2 * G * cliff.height())) / G;
    assertThat(flight.flightTime()).isCloseTo(t, within(1e-9 * t));
    assertThat(flight.range()).isCloseTo(cliff.speed() * Math.cos(cliff.elevation()) * t, within(1e-7));
    assertThat(flight.apex()).isGreaterThan(50);
  }

  @Test
  void weightIsMassTimesGravityAndDragGrowsWithTheSquareOfSpeed() {
    Ballistics b = new Ballistics(baseball(45, 35), Ballistics.DEFAULT_STEP);
    assertThat(b.weight()).isCloseTo(0.145 * 9.80665, within(1e-12));
    assertThat(b.dragForce(20 * METRE_PER_SECOND) / b.dragForce(10 * METRE_PER_SECOND)).isCloseTo(4.0, within(1e-12));
  }

  @Test
  void impossibleLaunchesAreRefused() {
    assertThatThrownBy(() -> baseball(-1, 30)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("speed -1.0 m/s");
    assertThatThrownBy(() -> baseball(10, -5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("elevation");
    assertThatThrownBy(() -> new Ballistics(baseball(10, 30), 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("step must be positive");
  }

  @Test
  void theReportShowsEachQuantityWithItsUnit() {
    Launch launch = baseball(45, 35);
    String report = Projectile.report(launch, new Ballistics(launch, 0.01).fly(),
        new Ballistics(launch.inVacuum(), 0.01).fly());
    assertThat(report)
        .startsWith("a 0.145 kg baseball hit at 45.0 m/s, 35.0° above the ground\n")
        .containsPattern("range +\\d+\\.\\d\\d m +194\\.04 m\n")
        .containsPattern("flight time +\\d+\\.\\d\\d s +5\\.26 s\n")
        .containsPattern("apex +\\d+\\.\\d\\d m +33\\.97 m\n")
        .containsPattern("impact speed +\\d+\\.\\d\\d m/s +45\\.00 m/s\n")
        .containsPattern("lost to drag +\\d+\\.\\d\\d J +0\\.00 J\n");
  }
}
