// Manual, "What the Units Checker checks": a unit type is disjoint from other units; km + m.
import org.checkerframework.checker.units.qual.*;
import org.checkerframework.checker.units.util.UnitsTools;

class E07MixedAddition {
  void demo() {
    @km int drive = 3 * UnitsTools.km;
    @m int walk = 400 * UnitsTools.m;
    @m int total = drive + walk;
  }
}
