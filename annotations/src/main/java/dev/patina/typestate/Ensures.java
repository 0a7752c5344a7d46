package dev.patina.typestate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * After the method returns normally, the receiver is in this state. Without it (and without a
 * matching {@link EnsuresWhen}) the call leaves the state unchanged.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Ensures {

  /** The receiver's state after a normal return. */
  String value();
}
