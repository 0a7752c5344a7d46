// tests/units/BasicUnits: products that do not give the declared unit.
import org.checkerframework.checker.units.qual.*;
import org.checkerframework.checker.units.util.UnitsTools;

class E11WrongProducts {
  void demo() {
    @m int m = 5 * UnitsTools.m;
    @s int s = 9 * UnitsTools.s;
    @mPERs int b1 = s / m;
    @mPERs int b2 = m * s;
    @mPERs2 int b3 = s / m / s;
    @km2 int b4 = m * m;
  }
}
