package dev.patina.derive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates, at compile time, a reflection table for this type: its metadata (kind, modifiers,
 * type parameters, supertypes, annotations, fields, constructors, methods) and typed access by
 * name through generated code instead of {@code java.lang.reflect}. {@code Reflect.of(Foo.class)}
 * in the runtime finds it. Works on classes, records, enums, interfaces and annotation types.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Reflect {}
