package dev.patina.examples.units;

import dev.patina.units.Unit;

/**
 * Where a ball is and how fast it moves, with two units bugs (the demo's broken program; the
 * fixed one is examples/src/main/java/dev/patina/examples/units): the speed adds a squared
 * velocity to a velocity, and the distance for the scoreboard hands metres over as kilometres.
 */
public record FlightState(
    @Unit("s") double time,
    @Unit("m") double x,
    @Unit("m") double y,
    @Unit("m/s") double vx,
    @Unit("m/s") double vy) {

  /** The speed, whatever the direction. */
  public @Unit("m/s") double speed() {
    return Math.sqrt(vx * vx + vy);       // bug: vy is not squared
  }

  /** How far the ball has gone, for the scoreboard. */
  public @Unit("km") double distance() {
    return x;                             // bug: x is in metres
  }
}
