package dev.patina.units;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method unit-polymorphic: every parameter and the result marked {@code @PolyUnit} have
 * the same unit, whichever it is at the call. {@code static @PolyUnit double clamp(@PolyUnit
 * double x, @PolyUnit double lo, @PolyUnit double hi)} clamps metres to metres and seconds to
 * seconds.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE_USE)
public @interface PolyUnit {}
