package dev.patina.checkers.units.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.checkerframework.framework.qual.SubtypeOf;

/**
 * Internal qualifier of the units checker: a value in exactly one unit, held in canonical form
 * ({@code "kg*m/s^2"} for {@code @Unit("N")}; {@code "1"} for dimensionless). The checker maps
 * every {@code dev.patina.units.Unit} onto it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
@SubtypeOf(UnknownUnit.class)
public @interface UnitOf {

  /** The canonical unit expression. */
  String value();
}
