package dev.patina.typestate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the states objects of this class go through: a new object starts in {@link #initial},
 * and must be in one of the {@link #end} states when its last reference dies. Subtypes inherit the
 * protocol and may add methods, but not states.
 *
 * <pre>{@code
 * @Protocol(states = {"Closed", "Open"}, initial = "Closed", end = {"Closed"})
 * final class Channel { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Protocol {

  /** Every state an object of this class can be in. */
  String[] states();

  /** The state a newly constructed object is in; one of {@link #states}. */
  String initial();

  /** The states in which an object may be dropped; each one of {@link #states}. */
  String[] end();
}
