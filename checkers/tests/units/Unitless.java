import dev.patina.units.Unit;

// U0003: a number with no unit where a unit is required; literals and constants take any unit
class Unitless {

  static final double G = 9.81;
  static final int COUNT = 3;
  double factor = 2;

  static @Unit("m") double up(@Unit("m") double d) { return d; }

  void fires(@Unit("m") double d, double ratio, int n) {
    // :: error: [U0003]
    double a = d + ratio;
    // :: error: [U0003]
    @Unit("m") double b = ratio;
    // :: error: [U0003]
    up(n);
    // :: error: [U0003]
    boolean c = d < factor;
    double zero = 0;
    // :: error: [U0003]
    double e = zero + d;
    double sum = 0;
    // :: error: [U0003]
    sum += d;
  }

  void silent(@Unit("m") double d, double ratio, int n) {
    double a = d + 5.0;
    boolean b = d < 10;
    @Unit("m/s^2") double g = G;
    @Unit("m") double c = d * ratio;
    @Unit("m") double e = d * n / COUNT;
    @Unit("m") double f = up(3.0);
    @Unit("m") double sum = 0;
    sum += d;
    double local = d;
    @Unit("m") double same = local;
    double speed = d / 2.0;
    @Unit("m") double twice = speed * 2;
    double plain = ratio + n + 1;
    double area = Math.PI * d * d;
    @Unit("m^2") double sameArea = area;
  }
}
