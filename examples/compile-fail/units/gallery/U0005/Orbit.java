// U0005: a root that has no unit.
// uom: `sqrt` is only defined for quantities whose dimension has even exponents.
package dev.patina.examples.gallery.u0005;

import dev.patina.units.Unit;

/** Circular orbital speed, v = sqrt(GM / r). */
final class Orbit {
  static @Unit("m/s") double circularSpeed(@Unit("m^3/s^2") double gm, @Unit("m") double radius) {
    // the mistake: GM * r^2 instead of GM / r; m^5/s^2 has no square root at all
    return Math.sqrt(gm * radius * radius);
  }
}
