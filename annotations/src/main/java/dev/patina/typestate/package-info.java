/**
 * Typestate for Java: which methods of an object may be called in which state, and where it must
 * end, checked at compile time by the typestate checker.
 *
 * <p>Declare the states with {@link dev.patina.typestate.Protocol @Protocol} on the class, then say
 * what each method needs and does with {@link dev.patina.typestate.Requires @Requires}, {@link
 * dev.patina.typestate.Ensures @Ensures}, {@link dev.patina.typestate.EnsuresWhen @EnsuresWhen} and
 * {@link dev.patina.typestate.Drops @Drops}; {@link dev.patina.typestate.State @State} states what a
 * parameter, result, field or local holds. A protocol class should also be {@code @Linear} or
 * {@code @Affine}, so that no alias can change its state behind the checker's back.
 */
package dev.patina.typestate;
