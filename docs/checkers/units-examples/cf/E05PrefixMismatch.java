// Manual: types with the same unit but a different prefix are disjoint.
import org.checkerframework.checker.units.qual.*;
import org.checkerframework.checker.units.util.UnitsTools;

class E05PrefixMismatch {
  void demo(@s(Prefix.nano) long elapsed) {
    @s long seconds = elapsed;
  }
}
