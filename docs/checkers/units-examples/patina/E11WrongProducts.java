// tests/units/BasicUnits: products that do not give the declared unit.
import dev.patina.units.Unit;

class E11WrongProducts {
  void demo() {
    @Unit("m") int m = 5;
    @Unit("s") int s = 9;
    @Unit("m/s") int b1 = s / m;
    @Unit("m/s") int b2 = m * s;
    @Unit("m/s^2") int b3 = s / m / s;
    @Unit("km^2") int b4 = m * m;
  }
}
