package dev.patina.examples.units;

import dev.patina.units.Unit;
import java.util.Locale;

/**
 * A satellite around the Earth, integrated with semi-implicit (symplectic) Euler: the velocity is
 * updated from the acceleration first, then the position from the new velocity. Unlike explicit
 * Euler, which spirals outwards, this keeps the orbit's energy within a bounded error forever, so
 * the simulated period matches Kepler's third law, {@code T = 2π·√(a³/μ)}. The units checker sees
 * the square root take {@code m^3 / (m^3/s^2)} to {@code s}.
 */
public final class Orbit {

  /** The Earth's standard gravitational parameter, μ = G·M (IERS). */
  public static final @Unit("m^3/s^2") double EARTH_MU = 3.986004418e14;

  /** The Earth's mean radius. */
  public static final @Unit("m") double EARTH_RADIUS = 6_371_000;

  /** Divides seconds into minutes: the one conversion the program prints, as a unit of its own. */
  private static final @Unit("s/min") double SECONDS_PER_MINUTE = 60;

  private final @Unit("m^3/s^2") double mu;
  private final @Unit("s") double step;

  /** A simulation around a body of gravitational parameter {@code mu}, at time step {@code step}. */
  public Orbit(@Unit("m^3/s^2") double mu, @Unit("s") double step) {
    if (!(mu > 0) || !(step > 0)) {
      throw new IllegalArgumentException("the gravitational parameter and the step must be positive");
    }
    this.mu = mu;
    this.step = step;
  }

  /** The speed of a circular orbit of radius {@code r}. */
  public @Unit("m/s") double circularSpeed(@Unit("m") double r) {
    return Math.sqrt(mu / r);
  }

  /** Kepler's third law: the period of an orbit with semi-major axis {@code a}. */
  public @Unit("s") double keplerPeriod(@Unit("m") double a) {
    return 2 * Math.PI * Math.sqrt(a * a * a / mu);
  }

  /** The energy per kilogram of satellite at distance {@code r} and speed {@code v}: kinetic plus potential. */
  public @Unit("J/kg") double specificEnergy(@Unit("m") double r, @Unit("m/s") double v) {
    return v * v / 2 - mu / r;
  }

  /** What one revolution came to. */
  public record Revolution(
      @Unit("s") double period, @Unit("m") double lowest, @Unit("m") double highest, @Unit("1") double energyDrift) {}

  /**
   * Starts at distance {@code r} on the x axis moving along +y at {@code speed}, and flies until
   * the satellite crosses the x axis upwards again: one revolution.
   */
  public Revolution revolve(@Unit("m") double r, @Unit("m/s") double speed) {
    @Unit("m") double x = r;
    @Unit("m") double y = 0;
    @Unit("m/s") double vx = 0;
    @Unit("m/s") double vy = speed;
    @Unit("s") double t = 0;
    @Unit("m") double lowest = r;
    @Unit("m") double highest = r;
    @Unit("J/kg") double start = specificEnergy(r, speed);
    @Unit("J/kg") double worst = 0;
    @Unit("s") double limit = 100 * keplerPeriod(r);
    while (t < limit) {
      @Unit("m") double d = Math.sqrt(x * x + y * y);
      @Unit("m/s^2") double ax = -mu * x / (d * d * d);
      @Unit("m/s^2") double ay = -mu * y / (d * d * d);
      vx += ax * step;
      vy += ay * step;
      @Unit("m") double yBefore = y;
      x += vx * step;
      y += vy * step;
      t += step;
      @Unit("m") double now = Math.sqrt(x * x + y * y);
      lowest = Math.min(lowest, now);
      highest = Math.max(highest, now);
      worst = Math.max(worst, Math.abs(specificEnergy(now, Math.sqrt(vx * vx + vy * vy)) - start));
      if (yBefore < 0 && y >= 0) {
        // the crossing lies within the step; y moved linearly in it
        @Unit("s") double back = step * y / (y - yBefore);
        return new Revolution(t - back, lowest, highest, worst / Math.abs(start));
      }
    }
    throw new IllegalStateException("no revolution within " + limit + " s: the orbit is not closed");
  }

  public static void main(String[] args) {
    Orbit earth = new Orbit(EARTH_MU, 1);
    @Unit("m") double altitude = 420_000;
    @Unit("m") double r = EARTH_RADIUS + altitude;
    @Unit("m/s") double v = earth.circularSpeed(r);
    Revolution one = earth.revolve(r, v);
    @Unit("min") double simulated = one.period() / SECONDS_PER_MINUTE;
    @Unit("min") double kepler = earth.keplerPeriod(r) / SECONDS_PER_MINUTE;
    System.out.printf(Locale.ROOT, "a circular orbit %.0f m above the ground: %.1f m/s%n", altitude, v);
    System.out.printf(Locale.ROOT, "one revolution: %.3f min simulated, %.3f min by Kepler's third law%n", simulated, kepler);
    System.out.printf(Locale.ROOT, "radius between %.1f m and %.1f m; energy within %.1e of its start%n",
        one.lowest(), one.highest(), one.energyDrift());
  }
}
