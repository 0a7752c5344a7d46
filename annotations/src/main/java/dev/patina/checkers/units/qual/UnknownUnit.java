package dev.patina.checkers.units.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.checkerframework.framework.qual.SubtypeOf;

/**
 * Internal top qualifier of the units checker: a value whose unit is not known (an unannotated
 * local before it is assigned, or a merge of two paths with different units). Users write {@code
 * dev.patina.units.Unit}, never this.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
@SubtypeOf({})
public @interface UnknownUnit {}
