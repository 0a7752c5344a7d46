// Manual: "mass * 1000 has that same type [@kg] rather than the type @g".
import dev.patina.units.Unit;

class E08NoConversionByMultiplication {
  void demo() {
    @Unit("kg") int mass = 2;
    @Unit("g") int grams = mass * 1000;
  }
}
