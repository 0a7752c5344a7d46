import dev.patina.units.Unit;

// U0001: sums, comparisons, assignments, arguments and returns whose dimensions differ
class Dimensions {

  static @Unit("m") double position(@Unit("m") double x0, @Unit("m/s") double v, @Unit("s") double t) {
    return x0 + v * t;
  }

  static void fires(@Unit("kg") double mass, @Unit("s") double time, @Unit("m") double x) {
    // :: error: [U0001]
    double a = mass + time;
    // :: error: [U0001]
    double b = x - time;
    // :: error: [U0001]
    boolean c = mass < x;
    // :: error: [U0001]
    boolean d = time == x;
    // :: error: [U0001]
    @Unit("m") double e = time;
    // :: error: [U0001]
    position(x, x, time);
    @Unit("m") double f = x;
    // :: error: [U0001]
    f += mass;
    // :: error: [U0001]
    f *= time;
  }

  // :: error: [U0001]
  static @Unit("m/s") double speed(@Unit("m") double d, @Unit("s") double t) { return d * t; }

  static void silent(@Unit("kg") double m1, @Unit("kg") double m2, @Unit("m") double x, @Unit("s") double t) {
    double total = m1 + m2;
    @Unit("kg") double same = total;
    boolean heavier = m1 > m2;
    @Unit("m") double moved = position(x, x / t, t);
    @Unit("m") double f = x;
    f += x;
    f *= 2;
    f -= 1.5;
    @Unit("N") double force = m1 * x / (t * t);
    @Unit("kg*m/s^2") double sameForce = force;
    @Unit("J") double work = force * x;
    @Unit("W") double power = work / t;
    @Unit("m/s") double v = x / t;
    @Unit("s") double back = x / v;
  }
}
