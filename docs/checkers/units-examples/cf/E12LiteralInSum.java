// tests/units/BasicUnits: "Addition/subtraction only accepts another @kmPERh value": speed + 5.
import org.checkerframework.checker.units.qual.*;
import org.checkerframework.checker.units.util.UnitsTools;

class E12LiteralInSum {
  void demo() {
    @kmPERh int speed = 20 * UnitsTools.kmPERh;
    speed = speed + 5;
    speed += 5;
    speed /= 2;
  }
}
