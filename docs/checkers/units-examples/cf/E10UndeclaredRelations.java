// Manual: "Multiplying or dividing different unit types, for which no unit relation is known to the
// system, will result in a MixedUnits type". Work, power, momentum, charge: no relation, no qualifier.
import org.checkerframework.checker.units.qual.*;
import org.checkerframework.checker.units.util.UnitsTools;

class E10UndeclaredRelations {
  @m int metres(@m int x) {
    return x;
  }

  void demo() {
    @N int force = 3 * UnitsTools.N;
    @m int m = 5 * UnitsTools.m;
    @s int s = 2 * UnitsTools.s;
    @kg int kg = 2 * UnitsTools.kg;
    @mPERs int v = m / s;
    // work = force * distance (J): MixedUnits; there is no @J to declare it with
    int work = force * m;
    // momentum = mass * speed: MixedUnits
    int momentum = kg * v;
    // distance back from work / force: the checker cannot know it is metres
    @m int back = work / force;
  }
}
