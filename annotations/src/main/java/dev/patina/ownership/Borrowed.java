package dev.patina.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A shared borrow: the value may be read and passed on as borrowed, but not consumed, moved, stored,
 * returned, or used to call a {@link Mut} method. Parameters and receivers of tracked types are
 * borrowed unless written otherwise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE_USE)
public @interface Borrowed {}
