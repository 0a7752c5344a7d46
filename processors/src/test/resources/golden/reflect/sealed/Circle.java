package golden.sealed;

import dev.patina.derive.Reflect;

/** A circle. */
@Reflect
public record Circle(double radius) implements Shape {
  @Override
  public double area() {
    return Math.PI * radius * radius;
  }
}
