import dev.patina.units.PolyUnit;
import dev.patina.units.Unit;

// @PolyUnit methods, flow refinement of locals, and fields
class Polymorphic {

  static @PolyUnit double clamp(@PolyUnit double x, @PolyUnit double lo, @PolyUnit double hi) {
    return x < lo ? lo : x > hi ? hi : x;
  }

  static @PolyUnit double twice(@PolyUnit double x) {
    return x + x;
  }

  // :: error: [U0001]
  static @PolyUnit double wrong(@PolyUnit double x, @Unit("m") double m) { return m; }

  @Unit("m") double width;

  void fires(@Unit("m") double m, @Unit("s") double s, @Unit("km") double km) {
    // :: error: [U0001]
    clamp(m, 0, s);
    // :: error: [U0002]
    clamp(m, km, m);
    // :: error: [U0001]
    @Unit("s") double t = twice(m);
    // :: error: [U0001]
    width = s;
    double v = m / s;
    // :: error: [U0001]
    @Unit("m") double notSpeed = v;
  }

  void silent(@Unit("m") double m, @Unit("s") double s) {
    @Unit("m") double c = clamp(m, 0, 10);
    @Unit("s") double t = twice(s);
    width = m;
    @Unit("m") double w = width * 2;
    double v = m / s;
    @Unit("m/s") double speed = v;
    v = m;
    @Unit("m") double nowMetres = v;
    System.out.println(m);
    String shown = "width " + m + " m";
    int cmp = Double.compare(m, m);
  }
}

// the branches of ?: must agree like the operands of +
class Conditionals {
  void fires(boolean c, @Unit("m") double m, @Unit("km") double km, @Unit("s") double s, double plain) {
    // :: error: [U0002]
    double a = c ? km : m;
    // :: error: [U0001]
    double b = c ? m : s;
    // :: error: [U0003]
    double d = c ? m : plain;
  }

  void silent(boolean c, @Unit("m") double m, @Unit("m") double other, double plain) {
    @Unit("m") double a = c ? m : other;
    @Unit("m") double b = c ? m : 0;
    double d = c ? plain : 1;
    String e = c ? "yes" : "no";
  }
}
