package dev.patina.checkers.units;

import dev.patina.checkers.units.UnitValue.Any;
import dev.patina.checkers.units.UnitValue.Known;
import dev.patina.checkers.units.UnitValue.Poly;
import dev.patina.units.algebra.UnitOfMeasure;
import java.util.Optional;

/**
 * The unit of each operation, from the units of its operands. Literals ({@link Any}) act as plain
 * scale factors in products and take the other operand's unit in sums.
 */
final class UnitRules {

  private UnitRules() {}

  /** How two units compare where they must be equal ({@code +}, {@code <}, assignment). */
  enum Agreement {
    SAME,
    /** Both have a unit of the same dimension, at different scales ({@code km} and {@code m}). */
    SCALE,
    /** One of them is dimensionless {@code 1}, the other has a unit. */
    UNITLESS,
    DIMENSION,
    /** Poly against a definite unit, or unknown against a definite unit. */
    INCOMPARABLE
  }

  static UnitValue times(UnitValue a, UnitValue b) {
    if (a instanceof Any) {
      return b instanceof Any ? a : b;
    }
    if (b instanceof Any || b.isOne()) {
      return a;
    }
    if (a.isOne()) {
      return b;
    }
    if (a instanceof Known x && b instanceof Known y) {
      return known(() -> x.unit().times(y.unit()));
    }
    return UnitValue.UNKNOWN;
  }

  static UnitValue dividedBy(UnitValue a, UnitValue b) {
    if (b instanceof Any || b.isOne()) {
      return a instanceof Any && !(b instanceof Any) ? UnitValue.ONE : a;
    }
    if (a instanceof Any || a.isOne()) {
      return b instanceof Known y ? known(() -> y.unit().pow(-1)) : UnitValue.UNKNOWN;
    }
    if (a instanceof Known x && b instanceof Known y) {
      return known(() -> x.unit().dividedBy(y.unit()));
    }
    if (a instanceof Poly && b instanceof Poly) {
      return UnitValue.ONE;
    }
    return UnitValue.UNKNOWN;
  }

  /** {@code a + b}, {@code a - b}, {@code a % b}, {@code min(a, b)}: the common unit. */
  static UnitValue sum(UnitValue a, UnitValue b) {
    if (a instanceof Any) {
      return b;
    }
    if (b instanceof Any || a.equals(b)) {
      return a;
    }
    if (a instanceof UnitValue.Unknown || b instanceof UnitValue.Unknown) {
      return UnitValue.UNKNOWN;
    }
    // the units disagree and the visitor reports it; the result takes any unit, so that one
    // mistake gives one error
    return UnitValue.ANY;
  }

  static Agreement agree(UnitValue a, UnitValue b) {
    if (a instanceof Any || b instanceof Any || a.equals(b)) {
      return Agreement.SAME;
    }
    if (a instanceof Known x && b instanceof Known y) {
      if (x.unit().sameDimension(y.unit())) {
        return Agreement.SCALE;
      }
      return x.unit().isOne() || y.unit().isOne() ? Agreement.UNITLESS : Agreement.DIMENSION;
    }
    return Agreement.INCOMPARABLE;
  }

  static Optional<UnitValue> pow(UnitValue a, int n) {
    if (a instanceof Known k) {
      return Optional.of(known(() -> k.unit().pow(n)));
    }
    return Optional.of(a instanceof Any ? a : n == 1 ? a : n == 0 ? UnitValue.ONE : UnitValue.UNKNOWN);
  }

  /** The {@code n}-th root, or empty when an exponent of the unit is not divisible by {@code n}. */
  static Optional<UnitValue> root(UnitValue a, int n) {
    if (a instanceof Known k) {
      return k.unit().root(n).map(Known::new);
    }
    return Optional.of(a instanceof Any ? a : UnitValue.UNKNOWN);
  }

  private interface UnitComputation {
    UnitOfMeasure compute();
  }

  /** A computed unit; an exponent overflow (absurd code) gives an unknown unit rather than a crash. */
  private static UnitValue known(UnitComputation c) {
    try {
      return new Known(c.compute());
    } catch (ArithmeticException e) {
      return UnitValue.UNKNOWN;
    }
  }
}
