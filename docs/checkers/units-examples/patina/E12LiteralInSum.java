// tests/units/BasicUnits: "Addition/subtraction only accepts another @kmPERh value": speed + 5.
import dev.patina.units.Unit;

class E12LiteralInSum {
  void demo() {
    @Unit("km/h") int speed = 20;
    speed = speed + 5;
    speed += 5;
    speed /= 2;
  }
}
