package dev.patina.typestate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The receiver must be in one of these states when the method is called. A method of a
 * {@link Protocol} class without it may be called in any state.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {

  /** The states the receiver may be in. */
  String[] value();
}
