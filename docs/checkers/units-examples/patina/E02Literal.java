// Manual: "meters = 99" -- in Patina a literal takes the unit its context wants.
import dev.patina.units.Unit;

class E02Literal {
  void demo() {
    @Unit("m") int meters = 5;
    meters = 99;
  }
}
