package dev.patina.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An exclusive (mutable) borrow. On a type use, like {@link Borrowed} but {@code @Mut} methods may be
 * called through it; on a method, the method needs its receiver borrowed exclusively.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.METHOD})
public @interface Mut {}
