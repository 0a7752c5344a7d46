// Manual: "Multiplying or dividing different unit types, for which no unit relation is known to the
// system, will result in a MixedUnits type". Patina infers every product and quotient.
import dev.patina.units.Unit;

class E10UndeclaredRelations {
  void demo() {
    @Unit("N") int force = 3;
    @Unit("m") int m = 5;
    @Unit("s") int s = 2;
    @Unit("kg") int kg = 2;
    @Unit("m/s") int v = m / s;
    @Unit("J") int work = force * m;
    @Unit("kg*m/s") int momentum = kg * v;
    @Unit("m") int back = work / force;
  }
}
