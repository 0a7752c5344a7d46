import dev.patina.units.Unit;
import dev.patina.runtime.units.Units;

// U0002: one dimension, different scales
class Scales {

  static void fires(@Unit("km") double km, @Unit("m") double m, @Unit("h") double h, @Unit("s") double s) {
    // :: error: [U0002]
    double a = km + m;
    // :: error: [U0002]
    boolean b = h > s;
    // :: error: [U0002]
    @Unit("m") double c = km;
    // :: error: [U0002]
    double d = Math.max(km, m);
    // :: error: [U0002]
    double e = Units.convert(m, "km", "m");
    @Unit("km/h") double kmh = km / h;
    // :: error: [U0002]
    @Unit("m/s") double ms = kmh;
  }

  static void silent(@Unit("km") double km, @Unit("m") double m, @Unit("h") double h) {
    double a = Units.convert(km, "km", "m") + m;
    @Unit("m") double c = Units.convert(km, "km", "m");
    @Unit("m/s") double v = Units.convert(km / h, "km/h", "m/s");
    @Unit("km") double k2 = km + km;
    @Unit("1000*m") double alsoKm = km;
    @Unit("KiB") double kib = 1;
    @Unit("1024*B") double same = kib;
    @Unit("N") double n = 1;
    @Unit("kN") double kn = 1;
    @Unit("N") double sum = n + Units.convert(kn, "kN", "N");
  }
}
