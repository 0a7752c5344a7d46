// Manual: "meters = 99 * UnitsTools.m is legal"; a scalar times a unit keeps the unit.
import org.checkerframework.checker.units.qual.*;
import org.checkerframework.checker.units.util.UnitsTools;

class E03ScalarTimesUnit {
  void demo(int factor) {
    @m int meters = 99 * UnitsTools.m;
    @m int scaled = factor * meters;
  }
}
