package dev.patina.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method takes ownership of its receiver, like Rust's {@code self}: after {@code x.close()} the
 * value {@code x} is gone. {@code close()}, {@code free()} and {@code commit()} are typical.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Consume {}
