// U0003: a number without a unit is used where a unit is required.
// uom: a plain f64 where a Mass is expected is a type mismatch (E0308).
package dev.patina.examples.gallery.u0003;

import dev.patina.units.Unit;

/** A launch budget: the reserve is a plain number, so nobody knows if it is kilograms or tonnes. */
final class Fuel {
  static double reserve = 1200;

  static @Unit("kg") double usable(@Unit("kg") double loaded) {
    // the mistake: the reserve was never given a unit, yet it is subtracted from kilograms
    return loaded - reserve;
  }
}
