package dev.patina.runtime.units;

import dev.patina.units.algebra.UnitOfMeasure;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conversions between units of the same dimension, and questions about unit strings (the same
 * expressions {@code @Unit} takes). The units checker checks calls with literal units at compile
 * time: {@code Units.convert(d, "km", "m")} requires {@code d} in {@code km} and gives {@code m};
 * {@code Units.convert(d, "kg", "s")} is a compile error. At run time a wrong pair or a malformed
 * unit throws {@link IllegalArgumentException}.
 *
 * <p>For a conversion in a hot loop, hold it in a constant: {@code static final Units.Conversion
 * KM_TO_M = Units.conversion("km", "m");} then {@code KM_TO_M.apply(d)} is one multiplication by
 * a constant the JIT folds.
 */
public final class Units {

  /** Parsed units by expression; bounded, since expressions may come from data. */
  private static final Map<String, UnitOfMeasure> PARSED = new ConcurrentHashMap<>();

  private static final int CACHE_LIMIT = 4096;

  private Units() {}

  /**
   * A conversion from one unit to another of the same dimension: {@link #apply} multiplies by
   * {@link #factor}, which is exact to the nearest {@code double} (e.g. 1000 from {@code km} to
   * {@code m}, 5/18 from {@code km/h} to {@code m/s}).
   */
  public record Conversion(String from, String to, double factor) {

    /** {@code value} (in {@link #from}) expressed in {@link #to}. */
    public double apply(double value) {
      return value * factor;
    }

    /** The conversion back. */
    public Conversion inverse() {
      return Units.conversion(to, from);
    }
  }

  /**
   * {@code value}, which is in unit {@code from}, expressed in unit {@code to}: {@code
   * convert(1.5, "km", "m")} is {@code 1500.0}.
   *
   * @throws IllegalArgumentException when a unit is malformed or the dimensions differ
   */
  public static double convert(double value, String from, String to) {
    return value * factorOf(parse(from), parse(to), from, to);
  }

  /**
   * The conversion from {@code from} to {@code to}, to keep in a {@code static final} field.
   *
   * @throws IllegalArgumentException when a unit is malformed or the dimensions differ
   */
  public static Conversion conversion(String from, String to) {
    return new Conversion(from, to, factorOf(parse(from), parse(to), from, to));
  }

  /**
   * Whether two unit expressions denote the same unit (same dimension and scale): {@code "N"} and
   * {@code "kg*m/s^2"} do; {@code "km"} and {@code "m"} do not.
   *
   * @throws IllegalArgumentException when a unit is malformed
   */
  public static boolean sameUnit(String a, String b) {
    return parse(a).equals(parse(b));
  }

  /**
   * Whether two unit expressions have the same dimension, so that one converts to the other:
   * {@code "km/h"} and {@code "m/s"} do; {@code "kg"} and {@code "s"} do not.
   *
   * @throws IllegalArgumentException when a unit is malformed
   */
  public static boolean sameDimension(String a, String b) {
    return parse(a).sameDimension(parse(b));
  }

  /**
   * The canonical form of a unit expression: equal units have equal canonical forms ({@code "N"}
   * and {@code "kg*m/s^2"} both give {@code "kg*m/s^2"}); see {@code docs/checkers/units.md}.
   *
   * @throws IllegalArgumentException when the unit is malformed
   */
  public static String canonical(String unit) {
    return parse(unit).canonical();
  }

  /** Whether {@code unit} is a well-formed unit expression. */
  public static boolean isValid(String unit) {
    try {
      parse(unit);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static double factorOf(UnitOfMeasure from, UnitOfMeasure to, String fromText, String toText) {
    if (!from.sameDimension(to)) {
      throw new IllegalArgumentException("cannot convert from `" + fromText + "` to `" + toText
          + "`: the dimensions differ (`" + from.dimension() + "` and `" + to.dimension() + "`)");
    }
    return from.factorTo(to).toDouble();
  }

  private static UnitOfMeasure parse(String unit) {
    if (unit == null) {
      throw new IllegalArgumentException("the unit is null");
    }
    UnitOfMeasure cached = PARSED.get(unit);
    if (cached != null) {
      return cached;
    }
    UnitOfMeasure parsed = UnitOfMeasure.parse(unit);
    if (PARSED.size() < CACHE_LIMIT) {
      PARSED.put(unit, parsed);
    }
    return parsed;
  }
}
