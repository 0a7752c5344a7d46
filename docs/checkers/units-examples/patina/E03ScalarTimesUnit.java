// Manual: "meters = 99 * UnitsTools.m is legal"; a scalar times a unit keeps the unit.
import dev.patina.units.Unit;

class E03ScalarTimesUnit {
  void demo(int factor) {
    @Unit("m") int meters = 99;
    @Unit("m") int scaled = factor * meters;
  }
}
