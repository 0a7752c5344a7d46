package dev.patina.units;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The unit of measure of a number: {@code @Unit("m/s") double speed}. The units checker checks
 * at compile time that units combine correctly; the compiled code is plain arithmetic on plain
 * {@code double}, {@code float}, {@code long} or {@code int}.
 *
 * <p>The expression is a product and quotient of units with integer exponents, such as {@code m},
 * {@code km}, {@code m/s^2}, {@code kg*m/s^2}, {@code N}, {@code 1/s} or {@code 1} (dimensionless).
 * {@code docs/checkers/units.md} lists every unit and prefix. The annotation is kept in class files
 * and at run time, so that tools (a JSON writer, say) can read a field's unit by reflection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE_USE)
public @interface Unit {

  /** The unit expression. */
  String value();
}
