// Manual: types with the same unit but a different prefix are disjoint.
import dev.patina.units.Unit;

class E05PrefixMismatch {
  void demo(@Unit("ns") long elapsed) {
    @Unit("s") long seconds = elapsed;
  }
}
