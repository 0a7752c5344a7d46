// Manual: @s(Prefix.nano) for nanoseconds; @mm is equivalent to @m(Prefix.milli).
import org.checkerframework.checker.units.qual.*;
import org.checkerframework.checker.units.util.UnitsTools;

class E04Prefixes {
  void demo(@s(Prefix.nano) long elapsed, @mm int width) {
    @m(Prefix.milli) int sameWidth = width;
  }
}
