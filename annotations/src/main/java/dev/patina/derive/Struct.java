package dev.patina.derive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a record a fixed memory layout, like Rust's {@code #[repr(C)]}: the processor generates
 * {@code <Name>Layout} (a {@code java.lang.foreign.StructLayout}, its size, alignment and every
 * field's offset) and {@code <Name>View}, a flyweight that reads and writes the fields in a
 * {@code MemorySegment}. Components must be primitives, {@link Length}-sized arrays or other
 * {@code @Struct} records.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Struct {

  /** How the fields are laid out: with C's padding and alignment (the default), or packed. */
  Repr repr() default Repr.C;

  /** The byte order of every multi-byte field. */
  Order order() default Order.LITTLE_ENDIAN;
}
