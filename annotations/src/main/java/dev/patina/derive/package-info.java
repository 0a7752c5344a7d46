/**
 * Derive for Java: annotations that make the Patina processors generate code from a type's
 * declaration at compile time, as Rust's {@code #[derive]} does. {@link dev.patina.derive.Reflect}
 * generates a reflection table; {@link dev.patina.derive.Struct} a C-compatible memory layout and
 * a view over a {@code MemorySegment}.
 */
package dev.patina.derive;
