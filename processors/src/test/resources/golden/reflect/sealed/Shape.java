package golden.sealed;

import dev.patina.derive.Reflect;

/** A sealed interface with record implementations, each reflected. */
@Reflect
public sealed interface Shape permits Circle, Square {
  double area();

  default String label() {
    return getClass().getSimpleName() + " of area " + area();
  }

  static Shape unit() {
    return new Square(1);
  }
}
