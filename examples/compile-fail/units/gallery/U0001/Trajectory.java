// U0001: quantities of different dimensions are combined.
// F#: error FS0001, "The unit of measure 'kg' does not match the unit of measure 's'".
package dev.patina.examples.gallery.u0001;

import dev.patina.units.Unit;

/** One step of a projectile's flight under gravity, integrated with explicit Euler. */
final class Trajectory {
  static final double G = 9.81;

  static @Unit("m") double heightAfter(
      @Unit("m") double height, @Unit("m/s") double climb, @Unit("kg") double mass, @Unit("s") double dt) {
    @Unit("m/s^2") double gravity = G;
    @Unit("m/s") double climbNext = climb - gravity * dt;
    // the mistake: mass crept into the time step; kilograms plus seconds is no duration
    @Unit("s") double step = mass + dt;
    return height + climbNext * step;
  }
}
