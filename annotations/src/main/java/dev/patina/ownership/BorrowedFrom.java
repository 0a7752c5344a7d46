package dev.patina.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method's result borrows from its receiver ({@code "this"}) or from the named parameter: the
 * lender stays borrowed for as long as the result, or anything borrowed from it, is still used.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BorrowedFrom {
  /** {@code "this"} or the name of a parameter of the method. */
  String value();
}
