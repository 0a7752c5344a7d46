package dev.patina.checkers.units.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.checkerframework.framework.qual.LiteralKind;
import org.checkerframework.framework.qual.QualifierForLiterals;
import org.checkerframework.framework.qual.SubtypeOf;

/**
 * Internal bottom qualifier of the units checker: a literal or compile-time constant, which takes
 * whatever unit its context needs ({@code @Unit("m") double d = 5.0;}, {@code speed + 5}); also the
 * unit of a malformed {@code @Unit} and of a failed root, so that one mistake gives one error.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
@SubtypeOf({UnitOf.class, PolyUnitOf.class})
@QualifierForLiterals(LiteralKind.ALL)
public @interface AnyUnit {}
