// Manual: @PolyUnit methods take and return any one unit.
import dev.patina.units.PolyUnit;
import dev.patina.units.Unit;

class E06PolyUnit {
  static @PolyUnit int triple(@PolyUnit int amount) {
    return 3 * amount;
  }

  void demo() {
    @Unit("m") int distance = 5;
    @Unit("m") int longer = triple(distance);
  }
}
