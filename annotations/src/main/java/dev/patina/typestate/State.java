package dev.patina.typestate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reference known to be in one of these states. On a parameter, the caller must pass an object
 * in one of {@link #value}, and the method must leave it in one of {@link #after} (by default the
 * same states), where the caller's object continues. On a result, the returned object starts in
 * one of {@link #value}. On a field, the object must be back in one of {@link #value} whenever a
 * method of the class returns. On a local, it is an assertion the checker verifies.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE_USE)
public @interface State {

  /** The states the reference may be in on entry (or, for a result, on return). */
  String[] value();

  /** For a parameter: the states it must be in when the method returns; empty means {@link #value}. */
  String[] after() default {};
}
