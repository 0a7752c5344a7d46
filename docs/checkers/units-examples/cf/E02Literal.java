// Manual: "The assignment of an unqualified value to meters, as in meters = 99, will be flagged".
import org.checkerframework.checker.units.qual.*;
import org.checkerframework.checker.units.util.UnitsTools;

class E02Literal {
  void demo() {
    @m int meters = 5 * UnitsTools.m;
    meters = 99;
  }
}
