package dev.patina.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks what the other results of a benchmark class are divided by in the report.
 *
 * <p>On a {@code @Benchmark} method: each row is compared with that method's row that has the same
 * parameters (e.g. everything against a direct call). On the class, with {@link #param()} and
 * {@link #value()}: each row is compared with the row of the same method whose parameter {@code
 * param} is {@code value} and whose other parameters are equal (e.g. every queue against {@code
 * ArrayBlockingQueue}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Baseline {

  /** On a class: the {@code @Param} field that names the implementation being compared. */
  String param() default "";

  /** On a class: the value of {@link #param()} that is the baseline. */
  String value() default "";
}
