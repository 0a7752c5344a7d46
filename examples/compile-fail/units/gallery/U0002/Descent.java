// U0002: one dimension at different scales.
// The Mars Climate Orbiter was lost to one of these; F# reports it as FS0001 (`km` vs `m`).
package dev.patina.examples.gallery.u0002;

import dev.patina.units.Unit;

/** A lander's altitude check: the radar reads kilometres, the descent plan is in metres. */
final class Descent {
  static boolean belowParachuteAltitude(@Unit("km") double radarAltitude, @Unit("m") double deployAltitude) {
    // the mistake: comparing kilometres with metres, off by a factor of 1000
    return radarAltitude < deployAltitude;
  }
}
