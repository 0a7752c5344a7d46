import dev.patina.units.Unit;

// one mistake gives one error: after a reported mismatch or a failed root the value takes any unit
class Recovery {

  // :: error: [U0004]
  @Unit("m/sec") double badField;

  @Unit("m") double fires(@Unit("kg") double mass, @Unit("s") double time, @Unit("m") double x) {
    // :: error: [U0001]
    @Unit("m") double sum = mass + time;
    // :: error: [U0005]
    @Unit("m") double root = Math.sqrt(x);
    @Unit("m") double fromBad = badField + x;
    // :: error: [U0001]
    return mass + time;
  }
}
