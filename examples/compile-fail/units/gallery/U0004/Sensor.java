// U0004: a malformed unit.
// F#: error FS0039, "The type 'sec' is not defined".
package dev.patina.examples.gallery.u0004;

import dev.patina.units.Unit;

/** A rate sensor's reading; `sec` is not a unit symbol (the second is `s`). */
final class Sensor {
  // the mistake: `sec` for seconds
  @Unit("rad/sec") double angularRate;
}
