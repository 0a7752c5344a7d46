package dev.patina.derive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fixed number of elements of an array component of a {@link Struct} record, as in C's
 * {@code char name[16]}: {@code @Length(16) byte[] name}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Length {

  /** The number of elements, at least 1. */
  int value();
}
