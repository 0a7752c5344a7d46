package dev.patina.units.algebra;

import java.util.Arrays;

/**
 * A physical dimension: an integer exponent for each {@link BaseDimension}. Speed is length^1
 * time^-1; a dimensionless number has every exponent 0. Immutable.
 */
public final class Dimension {

  private static final BaseDimension[] BASES = BaseDimension.values();

  /** The dimension of pure numbers. */
  public static final Dimension NONE = new Dimension(new int[BASES.length]);

  private final int[] exponents;

  private Dimension(int[] exponents) {
    this.exponents = exponents;
  }

  /** The dimension {@code base^1}. */
  public static Dimension of(BaseDimension base) {
    int[] e = new int[BASES.length];
    e[base.ordinal()] = 1;
    return new Dimension(e);
  }

  /** The exponent of {@code base} in this dimension. */
  public int exponent(BaseDimension base) {
    return exponents[base.ordinal()];
  }

  /** Whether every exponent is 0. */
  public boolean isNone() {
    return equals(NONE);
  }

  public Dimension times(Dimension other) {
    int[] e = new int[BASES.length];
    for (int i = 0; i < e.length; i++) {
      e[i] = Math.addExact(exponents[i], other.exponents[i]);
    }
    return new Dimension(e);
  }

  public Dimension dividedBy(Dimension other) {
    return times(other.pow(-1));
  }

  /** Every exponent multiplied by {@code n}. */
  public Dimension pow(int n) {
    int[] e = new int[BASES.length];
    for (int i = 0; i < e.length; i++) {
      e[i] = Math.multiplyExact(exponents[i], n);
    }
    return new Dimension(e);
  }

  /** Whether every exponent is divisible by {@code n}, so that {@link #root} is defined. */
  public boolean hasRoot(int n) {
    for (int x : exponents) {
      if (x % n != 0) {
        return false;
      }
    }
    return true;
  }

  /** Every exponent divided by {@code n}; throws ArithmeticException if one is not divisible. */
  public Dimension root(int n) {
    if (!hasRoot(n)) {
      throw new ArithmeticException("the dimension " + this + " has an exponent not divisible by " + n);
    }
    int[] e = new int[BASES.length];
    for (int i = 0; i < e.length; i++) {
      e[i] = exponents[i] / n;
    }
    return new Dimension(e);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dimension d && Arrays.equals(exponents, d.exponents);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(exponents);
  }

  /** The dimension in coherent base units, e.g. {@code kg*m/s^2}; {@code 1} when dimensionless. */
  @Override
  public String toString() {
    return UnitOfMeasure.of(this, Scale.ONE).canonical();
  }
}
