// tests/units/BasicUnits: conversions through UnitsTools helpers, and a wrong one.
import org.checkerframework.checker.units.qual.*;
import org.checkerframework.checker.units.util.UnitsTools;

class E13Conversion {
  void demo() {
    @mPERs int mPs = 30 * UnitsTools.mPERs;
    @kmPERh int kmPhr = (int) UnitsTools.fromMeterPerSecondToKiloMeterPerHour(mPs);
    @mPERs int bad = (int) UnitsTools.fromMeterPerSecondToKiloMeterPerHour(mPs);
  }
}
