package dev.patina.units.algebra;

import java.util.Objects;
import java.util.Optional;

/**
 * A unit of measure: an exact {@link Scale} times a {@link Dimension}. {@code km} is 1000 times
 * length; {@code km/h} is 5/18 times length/time; {@code 1} is the dimensionless unit. Two units are
 * equal when dimension and scale are, however they were written: {@code N} equals {@code
 * kg*m/s^2}, and {@code (km)^2} equals {@code km^2}. Immutable and thread-safe.
 */
public final class UnitOfMeasure {

  /** The dimensionless unit {@code 1}. */
  public static final UnitOfMeasure ONE = new UnitOfMeasure(Dimension.NONE, Scale.ONE);

  private final Dimension dimension;
  private final Scale scale;
  private volatile String canonical;

  private UnitOfMeasure(Dimension dimension, Scale scale) {
    this.dimension = Objects.requireNonNull(dimension);
    this.scale = Objects.requireNonNull(scale);
  }

  /** The unit with this dimension and scale. */
  public static UnitOfMeasure of(Dimension dimension, Scale scale) {
    return dimension.isNone() && scale.isOne() ? ONE : new UnitOfMeasure(dimension, scale);
  }

  /** The coherent unit of a base dimension: {@code m}, {@code kg}, {@code s}, .... */
  public static UnitOfMeasure of(BaseDimension base) {
    return new UnitOfMeasure(Dimension.of(base), Scale.ONE);
  }

  /**
   * Parses a unit expression such as {@code m/s^2}, {@code kg*m/s^2}, {@code KiB} or {@code 1}.
   *
   * @throws UnitSyntaxException when the expression is malformed; it says where
   */
  public static UnitOfMeasure parse(String expression) {
    return UnitParser.parse(expression, UnitParser::fromTable);
  }

  public Dimension dimension() {
    return dimension;
  }

  public Scale scale() {
    return scale;
  }

  public UnitOfMeasure times(UnitOfMeasure other) {
    return of(dimension.times(other.dimension), scale.times(other.scale));
  }

  public UnitOfMeasure dividedBy(UnitOfMeasure other) {
    return of(dimension.dividedBy(other.dimension), scale.dividedBy(other.scale));
  }

  /** This unit to an integer power ({@code m^-2} for {@code pow(-2)} of {@code m}). */
  public UnitOfMeasure pow(int n) {
    return of(dimension.pow(n), scale.pow(n));
  }

  /** The square root, or empty when an exponent of the dimension or of the scale is odd. */
  public Optional<UnitOfMeasure> sqrt() {
    return root(2);
  }

  /** The {@code n}-th root, or empty when an exponent is not divisible by {@code n}. */
  public Optional<UnitOfMeasure> root(int n) {
    if (n == 0 || !dimension.hasRoot(n) || !scale.hasRoot(n)) {
      return Optional.empty();
    }
    return Optional.of(of(dimension.root(n), scale.root(n)));
  }

  /** Whether this unit has no dimension (it may still have a scale, like {@code 1000}). */
  public boolean isDimensionless() {
    return dimension.isNone();
  }

  /** Whether this is exactly the unit {@code 1}. */
  public boolean isOne() {
    return equals(ONE);
  }

  /** Whether both have the same dimension, whatever their scales ({@code km} and {@code m}). */
  public boolean sameDimension(UnitOfMeasure other) {
    return dimension.equals(other.dimension);
  }

  /**
   * The exact factor that converts a value in this unit into {@code target}: 1000 from {@code km}
   * to {@code m}.
   *
   * @throws IllegalArgumentException when the dimensions differ
   */
  public Scale factorTo(UnitOfMeasure target) {
    if (!sameDimension(target)) {
      throw new IllegalArgumentException("cannot convert `" + this + "` to `" + target
          + "`: the dimensions differ (`" + dimension + "` and `" + target.dimension + "`)");
    }
    return scale.dividedBy(target.scale);
  }

  /**
   * The canonical printed form: coherent base units in a fixed order ({@code kg m s A K mol cd bit
   * cycle rad}), numerator then denominator, the scale folded into prefixes or named units where
   * one or two of them express it exactly ({@code km/h}, {@code mm^2}, {@code KiB}), otherwise a
   * leading number ({@code 60000*m*s}). Equal units print the same; the form parses back to this
   * unit. Derived names ({@code N}, {@code J}) are never used: {@code N} prints as {@code
   * kg*m/s^2}.
   */
  public String canonical() {
    String c = canonical;
    if (c == null) {
      c = CanonicalForm.print(this);
      canonical = c;
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitOfMeasure u && dimension.equals(u.dimension) && scale.equals(u.scale);
  }

  @Override
  public int hashCode() {
    return 31 * dimension.hashCode() + scale.hashCode();
  }

  /** The canonical form. */
  @Override
  public String toString() {
    return canonical();
  }
}
