package dev.patina.units.algebra;

/**
 * The base dimensions every unit is a product of: the seven SI base quantities plus information,
 * clock cycles and plane angle. The order is the order of the canonical printed form ({@code
 * kg*m^2/s^2}).
 */
public enum BaseDimension {
  MASS("kg"),
  LENGTH("m"),
  TIME("s"),
  CURRENT("A"),
  TEMPERATURE("K"),
  AMOUNT("mol"),
  LUMINOSITY("cd"),
  INFORMATION("bit"),
  CYCLES("cycle"),
  ANGLE("rad");

  private final String baseSymbol;

  BaseDimension(String baseSymbol) {
    this.baseSymbol = baseSymbol;
  }

  /** The symbol of the coherent unit of this dimension (scale 1): {@code kg} for mass. */
  public String baseSymbol() {
    return baseSymbol;
  }
}
