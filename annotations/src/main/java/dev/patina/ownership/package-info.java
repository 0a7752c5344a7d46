/**
 * Ownership and borrowing for Java: the annotations the ownership checker reads.
 *
 * <p>Mark a class {@link dev.patina.ownership.Linear @Linear} (every value must be consumed exactly
 * once) or {@link dev.patina.ownership.Affine @Affine} (a moved value may not be used again), then
 * say how methods treat their arguments and receivers with {@link dev.patina.ownership.Owned},
 * {@link dev.patina.ownership.Borrowed}, {@link dev.patina.ownership.Mut} and {@link
 * dev.patina.ownership.Consume}. Code that names none of these types is not checked at all.
 */
package dev.patina.ownership;
