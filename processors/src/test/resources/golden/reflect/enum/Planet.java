package golden.planets;

import dev.patina.derive.Reflect;

/** An enum whose constants take constructor arguments. */
@Reflect
public enum Planet {
  MERCURY(3.303e+23, 2.4397e6),
  EARTH(5.976e+24, 6.37814e6),
  JUPITER(1.9e+27, 7.1492e7);

  static final double G = 6.67300E-11;
  private final double mass;
  final double radius;

  Planet(double mass, double radius) {
    this.mass = mass;
    this.radius = radius;
  }

  public double surfaceGravity() {
    return G * mass / (radius * radius);
  }
}
