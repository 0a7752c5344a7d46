// Manual, chapter intro: metres and seconds, and their quotient.
import org.checkerframework.checker.units.qual.*;
import org.checkerframework.checker.units.util.UnitsTools;

class E01Intro {
  void demo() {
    @m int meters = 5 * UnitsTools.m;
    @s int secs = 2 * UnitsTools.s;
    @mPERs int speed = meters / secs;
  }
}
