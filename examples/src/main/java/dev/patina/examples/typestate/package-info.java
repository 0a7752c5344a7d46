/**
 * Five typestate protocols on real code, each with a driver that uses it correctly and a gallery
 * of wrong uses in {@code examples/compile-fail/typestate/misuse/} that the typestate checker
 * rejects:
 *
 * <ul>
 *   <li>{@link dev.patina.examples.typestate.file.Journal}: a file, {@code Closed → Open → Closed},
 *       reopened for a second session;
 *   <li>{@link dev.patina.examples.typestate.iterator.FieldCursor}: an iterator, {@code next()}
 *       only after {@code hasNext()} returned {@code true} ({@code @EnsuresWhen});
 *   <li>{@link dev.patina.examples.typestate.builder.RequestBuilder}: a builder whose {@code
 *       build()} must be called exactly once, after its target is set;
 *   <li>{@link dev.patina.examples.typestate.transaction.Transaction}: {@code begin → commit |
 *       rollback}, a commit whose enum result says which, and an {@code abort()} ({@code @Drops})
 *       for the paths where the state is not known;
 *   <li>{@link dev.patina.examples.typestate.cartridge.Mbc1}: a device, {@code Uninitialised →
 *       Initialised}: a Game Boy cartridge's bank controller, whose registers mean nothing before
 *       power-on.
 * </ul>
 *
 * <p>Decisions the examples share. Every protocol class is {@code @Affine} rather than {@code
 * @Linear}: the typestate's end states already say how an object must end, and {@code @Linear}
 * would add a second, overlapping obligation (P1001 next to T0002 for one forgotten call);
 * {@code @Affine} still forbids the aliases that would let a second name change the state. Setters
 * return {@code void} rather than {@code this}, because a fluent {@code return this} hands out an
 * alias. Helpers that take a protocol object declare the state they need with {@code @State}
 * ({@code AuditTrail.record(@State("Open") Journal)}). Each class also checks its protocol at run
 * time and throws {@link java.lang.IllegalStateException} (or {@link
 * java.util.NoSuchElementException} for the iterator), for callers the checker did not see.
 */
package dev.patina.examples.typestate;
