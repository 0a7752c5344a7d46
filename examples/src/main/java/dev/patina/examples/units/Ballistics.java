package dev.patina.examples.units;

import dev.patina.units.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The flight of a ball through still air, integrated with the classical fourth-order Runge-Kutta
 * method at a fixed step. The forces are gravity and quadratic drag, {@code F = ½·ρ·Cd·A·v²}
 * against the velocity; Newton's second law turns them into accelerations. Every quantity is a
 * {@code double} with a {@code @Unit}: the units checker infers the unit of each product and
 * quotient ({@code kg * m/s^2} is {@code N}) without a table of relations, and the compiled loop is
 * the same plain arithmetic as an unchecked one.
 *
 * <p>The landing and the apex fall between two steps; each is found by stepping again from the
 * last state before it with a shorter step, whose length the Illinois variant of regula falsi
 * solves for. In vacuum RK4 is exact for the parabola, so the range matches {@code v²·sin 2θ / g}
 * to rounding.
 */
public final class Ballistics {

  /** Standard gravity, the acceleration of a free fall at sea level (CGPM 1901). */
  public static final @Unit("m/s^2") double STANDARD_GRAVITY = 9.80665;

  /** The default integration step: a millisecond. */
  public static final @Unit("s") double DEFAULT_STEP = 0.001;

  /** More steps than any flight on Earth takes at a sane step; a guard against a step of 1e-300. */
  private static final long MAX_STEPS = 100_000_000L;

  private final Launch launch;
  private final @Unit("s") double step;
  /** ½·ρ·Cd·A: the drag force is this times the speed squared. */
  private final @Unit("kg/m") double dragFactor;

  /** A simulation of {@code launch} at an integration step of {@code step}. */
  public Ballistics(Launch launch, @Unit("s") double step) {
    if (!(step > 0)) {
      throw new IllegalArgumentException("the integration step must be positive, not " + step + " s");
    }
    this.launch = launch;
    this.step = step;
    this.dragFactor = 0.5 * launch.airDensity() * launch.dragCoefficient() * launch.area();
  }

  /** The launch this simulates. */
  public Launch launch() {
    return launch;
  }

  /** The ball's weight: force is mass times acceleration. */
  public @Unit("N") double weight() {
    return launch.mass() * STANDARD_GRAVITY;
  }

  /** The air's drag on the ball at {@code speed}, against its velocity. */
  public @Unit("N") double dragForce(@Unit("m/s") double speed) {
    return dragFactor * speed * speed;
  }

  /** The ball's kinetic energy plus its potential energy above the ground. */
  public @Unit("J") double mechanicalEnergy(FlightState s) {
    @Unit("m/s") double v = s.speed();
    return 0.5 * launch.mass() * v * v + weight() * s.y();
  }

  /** The state at launch. */
  public FlightState start() {
    @Unit("m/s") double v = launch.speed();
    return new FlightState(0, 0, launch.height(), v * Math.cos(launch.elevation()), v * Math.sin(launch.elevation()));
  }

  /** Flies the ball until it lands, and sums the flight up. */
  public Flight fly() {
    return summary(run(null));
  }

  /** Every state from launch to landing, one step apart; the last is the landing itself. */
  public List<FlightState> trajectory() {
    List<FlightState> states = new ArrayList<>();
    run(states);
    return states;
  }

  /** The horizontal acceleration at velocity (vx, vy): drag only. */
  @Unit("m/s^2") double accelerationX(@Unit("m/s") double vx, @Unit("m/s") double vy) {
    @Unit("N") double force = -dragFactor * Math.sqrt(vx * vx + vy * vy) * vx;
    return force / launch.mass();
  }

  /** The vertical acceleration at velocity (vx, vy): weight and drag. */
  @Unit("m/s^2") double accelerationY(@Unit("m/s") double vx, @Unit("m/s") double vy) {
    @Unit("N") double force = -weight() - dragFactor * Math.sqrt(vx * vx + vy * vy) * vy;
    return force / launch.mass();
  }

  /** One RK4 step of length {@code h} from {@code s}. The forces do not depend on the position. */
  FlightState step(FlightState s, @Unit("s") double h) {
    @Unit("m/s") double vx1 = s.vx();
    @Unit("m/s") double vy1 = s.vy();
    @Unit("m/s^2") double ax1 = accelerationX(vx1, vy1);
    @Unit("m/s^2") double ay1 = accelerationY(vx1, vy1);

    @Unit("m/s") double vx2 = vx1 + ax1 * h / 2;
    @Unit("m/s") double vy2 = vy1 + ay1 * h / 2;
    @Unit("m/s^2") double ax2 = accelerationX(vx2, vy2);
    @Unit("m/s^2") double ay2 = accelerationY(vx2, vy2);

    @Unit("m/s") double vx3 = vx1 + ax2 * h / 2;
    @Unit("m/s") double vy3 = vy1 + ay2 * h / 2;
    @Unit("m/s^2") double ax3 = accelerationX(vx3, vy3);
    @Unit("m/s^2") double ay3 = accelerationY(vx3, vy3);

    @Unit("m/s") double vx4 = vx1 + ax3 * h;
    @Unit("m/s") double vy4 = vy1 + ay3 * h;
    @Unit("m/s^2") double ax4 = accelerationX(vx4, vy4);
    @Unit("m/s^2") double ay4 = accelerationY(vx4, vy4);

    return new FlightState(
        s.time() + h,
        s.x() + h / 6 * (vx1 + 2 * vx2 + 2 * vx3 + vx4),
        s.y() + h / 6 * (vy1 + 2 * vy2 + 2 * vy3 + vy4),
        vx1 + h / 6 * (ax1 + 2 * ax2 + 2 * ax3 + ax4),
        vy1 + h / 6 * (ay1 + 2 * ay2 + 2 * ay3 + ay4));
  }

  /** What {@link #run} found: the launch and landing states and the highest point. */
  private record Run(FlightState launch, FlightState landing, @Unit("m") double apex) {}

  /** Integrates to the landing, adding every state to {@code states} when it is not null. */
  private Run run(List<FlightState> states) {
    FlightState first = start();
    FlightState s = first;
    @Unit("m") double apex = s.y();
    if (states != null) {
      states.add(s);
    }
    for (long n = 0; n < MAX_STEPS; n++) {
      FlightState next = step(s, step);
      if (s.vy() > 0 && next.vy() <= 0) {
        @Unit("m/s") double drop = s.vy() - next.vy();
        FlightState from = s;
        FlightState top = step(from, crossing(from, v -> v.vy() / drop));
        apex = Math.max(apex, top.y());
      }
      if (next.y() < 0) {
        @Unit("m") double drop = s.y() - next.y();
        FlightState landing = step(s, crossing(s, v -> v.y() / drop));
        if (states != null) {
          states.add(landing);
        }
        return new Run(first, landing, apex);
      }
      apex = Math.max(apex, next.y());
      if (states != null) {
        states.add(next);
      }
      s = next;
    }
    throw new IllegalStateException("no landing after " + MAX_STEPS + " steps of " + step + " s");
  }

  /**
   * The step length {@code h} in (0, step] at which {@code value(step(from, h))} reaches 0, where
   * {@code value} is positive at {@code from} and not positive a full step later. Values are
   * normalised (divided by their change over the step), so that one root finder serves the
   * height and the vertical speed alike.
   */
  private @Unit("s") double crossing(FlightState from, ToDoubleFunction<FlightState> value) {
    @Unit("s") double lo = 0;
    @Unit("s") double hi = step;
    double fLo = value.applyAsDouble(from);
    double fHi = value.applyAsDouble(step(from, step));
    @Unit("s") double h = hi;
    int kept = 0; // which end the last two iterations kept: halving its value is the Illinois trick
    for (int i = 0; i < 200 && hi - lo > 1e-15 * step; i++) {
      h = (lo * fHi - hi * fLo) / (fHi - fLo);
      double f = value.applyAsDouble(step(from, h));
      if (f == 0) {
        return h;
      }
      if (f > 0) {
        lo = h;
        fLo = f;
        if (kept == 1) {
          fHi /= 2;
        }
        kept = 1;
      } else {
        hi = h;
        fHi = f;
        if (kept == -1) {
          fLo /= 2;
        }
        kept = -1;
      }
    }
    return h;
  }

  private Flight summary(Run run) {
    FlightState landing = run.landing();
    @Unit("J") double atLaunch = mechanicalEnergy(run.launch());
    return new Flight(
        landing.x(),
        landing.time(),
        run.apex(),
        landing.speed(),
        atLaunch,
        atLaunch - mechanicalEnergy(landing));
  }
}
