// Manual, "What the Units Checker checks": a unit type is disjoint from other units; km + m.
import dev.patina.units.Unit;

class E07MixedAddition {
  void demo() {
    @Unit("km") int drive = 3;
    @Unit("m") int walk = 400;
    @Unit("m") int total = drive + walk;
  }
}
