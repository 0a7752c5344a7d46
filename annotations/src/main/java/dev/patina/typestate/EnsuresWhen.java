package dev.patina.typestate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The receiver's state after the call depends on the result, so that {@code if (it.hasNext())}
 * branches into two states. For a {@code boolean} method {@link #result} is {@code "true"} or
 * {@code "false"}; for an enum-returning method it is the name of a constant. Results not listed
 * leave the state given by {@link Ensures}, or unchanged.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(EnsuresWhen.List.class)
public @interface EnsuresWhen {

  /** The result, as written in source: {@code "true"}, {@code "false"} or an enum constant's name. */
  String result();

  /** The receiver's state when the method returns {@link #result}. */
  String state();

  /** The container javac uses when a method carries several {@link EnsuresWhen}. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface List {
    EnsuresWhen[] value();
  }
}
