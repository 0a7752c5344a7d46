// Manual: @PolyUnit methods take and return any one unit.
import org.checkerframework.checker.units.qual.*;
import org.checkerframework.checker.units.util.UnitsTools;

class E06PolyUnit {
  static @PolyUnit int triple(@PolyUnit int amount) {
    return 3 * amount;
  }

  void demo() {
    @m int distance = 5 * UnitsTools.m;
    @m int longer = triple(distance);
  }
}
