package golden.annotation;

import dev.patina.derive.Reflect;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An annotation type with elements and default values. */
@Reflect
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audit {
  String value();

  int level() default 1;

  String[] tags() default {"finance", "gdpr"};

  RetentionPolicy kept() default RetentionPolicy.CLASS;
}
