package dev.patina.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Values of this type are tracked resources: every owned value must be consumed exactly once on
 * every path, by a move to a new owner or by a {@link Consume} method. Subtypes inherit the marker.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Linear {}
