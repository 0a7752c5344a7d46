package dev.patina.checkers.units;

import dev.patina.units.algebra.UnitOfMeasure;

/**
 * What the checker knows about the unit of one expression: a definite unit, any unit (a literal
 * or constant, which adapts to its context), the method's {@code @PolyUnit}, or unknown.
 */
sealed interface UnitValue {

  /** A value in exactly this unit. */
  record Known(UnitOfMeasure unit) implements UnitValue {
    @Override
    public String show() {
      return "`" + unit.canonical() + "`";
    }
  }

  /** A literal or compile-time constant. */
  record Any() implements UnitValue {
    @Override
    public String show() {
      return "a plain number";
    }
  }

  /** The unit of the enclosing method's {@code @PolyUnit} parameters. */
  record Poly() implements UnitValue {
    @Override
    public String show() {
      return "`@PolyUnit`";
    }
  }

  /** Not known statically (paths with different units meet, or a conversion with computed units). */
  record Unknown() implements UnitValue {
    @Override
    public String show() {
      return "an unknown unit";
    }
  }

  UnitValue ANY = new Any();
  UnitValue POLY = new Poly();
  UnitValue UNKNOWN = new Unknown();
  UnitValue ONE = new Known(UnitOfMeasure.ONE);

  /** The unit as users read it in a message. */
  String show();

  /** Whether this is the dimensionless unit {@code 1} exactly. */
  default boolean isOne() {
    return this instanceof Known k && k.unit().isOne();
  }
}
