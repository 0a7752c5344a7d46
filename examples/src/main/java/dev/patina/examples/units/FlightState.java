package dev.patina.examples.units;

import dev.patina.units.Unit;

/**
 * Where a ball is and how fast it moves, at one instant of its flight.
 *
 * @param time the time since launch
 * @param x the horizontal distance from the launch point
 * @param y the height above the ground
 * @param vx the horizontal velocity
 * @param vy the vertical velocity, positive upwards
 */
public record FlightState(
    @Unit("s") double time,
    @Unit("m") double x,
    @Unit("m") double y,
    @Unit("m/s") double vx,
    @Unit("m/s") double vy) {

  /** The speed, whatever the direction. */
  public @Unit("m/s") double speed() {
    return Math.sqrt(vx * vx + vy * vy);
  }
}
