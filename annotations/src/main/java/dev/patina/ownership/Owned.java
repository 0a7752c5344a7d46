package dev.patina.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This reference holds ownership. Passing an owned local to an {@code @Owned} parameter, returning
 * it, or storing it into an {@code @Owned} field moves it: the old name may not be used afterwards.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE_USE)
public @interface Owned {}
