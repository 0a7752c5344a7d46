// tests/units/BasicUnits: conversions through UnitsTools helpers, and a wrong one.
import dev.patina.runtime.units.Units;
import dev.patina.units.Unit;

class E13Conversion {
  void demo() {
    @Unit("m/s") int mPs = 30;
    @Unit("km/h") int kmPhr = (int) Units.convert(mPs, "m/s", "km/h");
    @Unit("m/s") int bad = (int) Units.convert(mPs, "m/s", "km/h");
  }
}
