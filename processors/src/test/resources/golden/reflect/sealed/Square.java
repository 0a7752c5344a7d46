package golden.sealed;

import dev.patina.derive.Reflect;

/** A square. */
@Reflect
public record Square(double side) implements Shape {
  @Override
  public double area() {
    return side * side;
  }
}
