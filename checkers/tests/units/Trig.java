import dev.patina.units.Unit;

// trigonometric and transcendental functions; casts keep the unit
class Trig {

  static void fires(@Unit("m") double x, @Unit("s") double t) {
    // :: error: [U0001]
    double a = Math.sin(x);
    // :: error: [U0001]
    double b = Math.exp(t);
    // :: error: [U0001]
    double c = Math.log(x);
    // :: error: [U0001]
    double d = Math.atan2(x, t);
  }

  static void silent(@Unit("rad") double theta, double plain, @Unit("m") double y, @Unit("m") double x,
      @Unit("rad/s") double omega, @Unit("s") double t) {
    double s = Math.sin(theta) + Math.cos(plain);
    @Unit("1") double ratio = Math.tan(omega * t);
    @Unit("rad") double back = Math.atan2(y, x);
    @Unit("rad") double fromDegrees = Math.toRadians(90);
    double e = Math.exp(plain) * Math.log(y / x);
    @Unit("m") float narrow = (float) y;
    @Unit("m") int whole = (int) y;
    @Unit("m") double wide = whole;
  }
}

// casts written with a unit: give a plain number a unit or drop one, but never change one
class UnitCasts {
  void fires(@Unit("s") double time, @Unit("km") double km) {
    // :: error: [U0001]
    @Unit("m") double a = (@Unit("m") double) time;
    // :: error: [U0002]
    @Unit("m") double b = (@Unit("m") double) km;
    // :: error: [U0001]
    @Unit("m") long c = (@Unit("kg") long) time;
  }

  void silent(double raw, @Unit("m") double m) {
    @Unit("m") double a = (@Unit("m") double) raw;
    double plain = (@Unit("1") double) m;
    @Unit("m") int whole = (@Unit("m") int) m;
    @Unit("m") float f = (float) m;
  }
}
