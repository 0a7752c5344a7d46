// Manual: @s(Prefix.nano) for nanoseconds; @mm is equivalent to @m(Prefix.milli).
import dev.patina.units.Unit;

class E04Prefixes {
  void demo(@Unit("ns") long elapsed, @Unit("mm") int width) {
    @Unit("m/1000") int sameWidth = width;
  }
}
