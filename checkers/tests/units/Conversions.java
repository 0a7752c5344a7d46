import dev.patina.runtime.units.Units;
import dev.patina.units.Unit;

// Units.conversion constants and their apply(x), and conversions whose units come from data
class Conversions {
  static final Units.Conversion KM_TO_M = Units.conversion("km", "m");
  static final Units.Conversion H_TO_S = Units.conversion("h", "s");
  // :: error: [U0001]
  static final Units.Conversion WRONG = Units.conversion("kg", "s");
  // :: error: [U0004]
  static final Units.Conversion BAD = Units.conversion("km", "meter");
  static Units.Conversion notFinal = Units.conversion("km", "m");

  void fires(@Unit("km") double km, @Unit("m") double m, @Unit("s") double s) {
    // :: error: [U0002]
    double a = KM_TO_M.apply(m);
    // :: error: [U0001]
    double b = H_TO_S.apply(km);
    // :: error: [U0002]
    @Unit("km") double c = KM_TO_M.apply(km);
    // :: error: [U0001]
    @Unit("m") double d = notFinal.apply(km);
    // :: error: [U0001]
    @Unit("m") double e = Units.convert(km, "km", "s");
  }

  void silent(@Unit("km") double km, @Unit("h") double h, String unitFromJson, double raw) {
    @Unit("m") double a = KM_TO_M.apply(km);
    @Unit("s") double b = H_TO_S.apply(h);
    @Unit("m") double c = Units.conversion("km", "m").apply(km);
    final Units.Conversion local = Units.conversion("h", "s");
    @Unit("s") double d = local.apply(h);
    @Unit("m") double e = Units.convert(raw, unitFromJson, "m");
    @Unit("m/s") double f = KM_TO_M.apply(km) / H_TO_S.apply(h);
  }
}
