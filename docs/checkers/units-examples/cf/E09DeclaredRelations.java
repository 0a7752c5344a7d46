// Manual: products for which UnitsRelationsDefault declares a relation (from tests/units/BasicUnits).
import org.checkerframework.checker.units.qual.*;
import org.checkerframework.checker.units.util.UnitsTools;

class E09DeclaredRelations {
  void demo() {
    @m int m = 5 * UnitsTools.m;
    @s int s = 9 * UnitsTools.s;
    @km int km = 10 * UnitsTools.km;
    @h int h = UnitsTools.h;
    @kg int kg = 2 * UnitsTools.kg;
    @mPERs int speed = m / s;
    @mPERs2 int accel = m / s / s;
    @m2 int area = m * m;
    @m3 int volume = m * m * m;
    @kmPERh int kmh = km / h;
    @N int force = kg * accel;
  }
}
