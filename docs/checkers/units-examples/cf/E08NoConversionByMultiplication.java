// Manual: "mass * 1000 has that same type [@kg] rather than the type @g".
import org.checkerframework.checker.units.qual.*;
import org.checkerframework.checker.units.util.UnitsTools;

class E08NoConversionByMultiplication {
  void demo() {
    @kg int mass = 2 * UnitsTools.kg;
    @g int grams = mass * 1000;
  }
}
