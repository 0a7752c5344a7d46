// Manual: products for which UnitsRelationsDefault declares a relation (from tests/units/BasicUnits).
import dev.patina.units.Unit;

class E09DeclaredRelations {
  void demo() {
    @Unit("m") int m = 5;
    @Unit("s") int s = 9;
    @Unit("km") int km = 10;
    @Unit("h") int h = 1;
    @Unit("kg") int kg = 2;
    @Unit("m/s") int speed = m / s;
    @Unit("m/s^2") int accel = m / s / s;
    @Unit("m^2") int area = m * m;
    @Unit("m^3") int volume = m * m * m;
    @Unit("km/h") int kmh = km / h;
    @Unit("N") int force = kg * accel;
  }
}
