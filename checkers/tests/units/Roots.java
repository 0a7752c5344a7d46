import dev.patina.units.Unit;

// U0005: roots and powers without a unit; Math functions that keep or compute units
class Roots {

  static void fires(@Unit("m") double x, @Unit("m^3") double v, @Unit("1000*m^2") double a, int n) {
    // :: error: [U0005]
    double r1 = Math.sqrt(x);
    // :: error: [U0005]
    double r2 = Math.sqrt(v);
    // :: error: [U0005]
    double r3 = Math.sqrt(a);
    // :: error: [U0005]
    double p1 = Math.pow(x, n);
    // :: error: [U0005]
    double p2 = Math.pow(x, 1.5);
    // :: error: [U0005]
    double c = Math.cbrt(x);
  }

  static void silent(@Unit("m^2") double area, @Unit("m") double x, @Unit("km^2") double big, double plain, int n) {
    @Unit("m") double side = Math.sqrt(area);
    @Unit("km") double bigSide = Math.sqrt(big);
    @Unit("m^3") double vol = Math.pow(x, 3);
    @Unit("1/m^2") double inv = Math.pow(x, -2);
    @Unit("m") double fromCube = Math.cbrt(vol);
    double anyPower = Math.pow(plain, n);
    @Unit("m") double kept = Math.abs(x) + Math.floor(x) + Math.ceil(x) + Math.rint(x);
    @Unit("m") double hyp = Math.hypot(x, x);
    @Unit("m") double lo = Math.min(x, 0.0);
    long rounded = Math.round(x);
    @Unit("m") long sameRounded = rounded;
    @Unit("m") double diag = Math.sqrt(x * x + x * x);
  }
}
