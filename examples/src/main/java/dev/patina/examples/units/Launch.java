package dev.patina.examples.units;

import dev.patina.units.Unit;

/**
 * How a ball leaves the ground and what the air does to it. Every quantity is a plain {@code
 * double} whose unit the units checker knows from its {@code @Unit}; the record costs nothing more
 * than its fields.
 *
 * @param speed the launch speed
 * @param elevation the angle above the horizontal, in (0, π/2] when launched from the ground
 * @param height the height it is launched from, at least 0
 * @param mass the ball's mass
 * @param area the ball's cross-section facing the air
 * @param dragCoefficient the drag coefficient (a sphere: about 0.47; a baseball: about 0.3); 0 for vacuum
 * @param airDensity the air's density (1.225 kg/m³ at sea level, 15 °C)
 */
public record Launch(
    @Unit("m/s") double speed,
    @Unit("rad") double elevation,
    @Unit("m") double height,
    @Unit("kg") double mass,
    @Unit("m^2") double area,
    @Unit("1") double dragCoefficient,
    @Unit("kg/m^3") double airDensity) {

  /** Sea-level air at 15 °C (the ISA standard atmosphere). */
  public static final @Unit("kg/m^3") double SEA_LEVEL_AIR = 1.225;

  private static final @Unit("rad") double RADIANS_PER_DEGREE = Math.PI / 180;

  /** Checks the parameters describe a flight that starts above the ground or rises from it. */
  public Launch {
    if (!(speed > 0) || !(mass > 0) || area < 0 || dragCoefficient < 0 || airDensity < 0 || height < 0) {
      throw new IllegalArgumentException("a launch needs a positive speed and mass, and no negative area, drag,"
          + " density or height: speed " + speed + " m/s, mass " + mass + " kg, area " + area + " m^2, drag "
          + dragCoefficient + ", density " + airDensity + " kg/m^3, height " + height + " m");
    }
    if (!(elevation >= -Math.PI / 2 && elevation <= Math.PI / 2) || (height == 0 && !(elevation > 0))) {
      throw new IllegalArgumentException("from the ground the elevation must be in (0, π/2] rad, not " + elevation);
    }
  }

  /** {@code degrees} as an angle. */
  public static @Unit("rad") double degrees(double degrees) {
    return degrees * RADIANS_PER_DEGREE;
  }

  /** The elevation in degrees, for printing. */
  public double elevationDegrees() {
    return elevation / RADIANS_PER_DEGREE;
  }

  /** A baseball (145 g, 74 mm across, drag coefficient 0.3) hit at {@code speed} and {@code elevation} in sea-level air. */
  public static Launch baseball(@Unit("m/s") double speed, @Unit("rad") double elevation) {
    @Unit("m") double diameter = 0.074;
    @Unit("m^2") double area = Math.PI * diameter * diameter / 4;
    return new Launch(speed, elevation, 0, 0.145, area, 0.3, SEA_LEVEL_AIR);
  }

  /** The same launch with the air taken away. */
  public Launch inVacuum() {
    return new Launch(speed, elevation, height, mass, area, 0, 0);
  }
}
