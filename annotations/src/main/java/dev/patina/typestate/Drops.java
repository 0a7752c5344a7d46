package dev.patina.typestate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Calling this method ends the protocol from any state its {@link Requires} allows, as
 * {@code abort()} or {@code close()} do: afterwards the object may be dropped, whatever its state.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Drops {}
