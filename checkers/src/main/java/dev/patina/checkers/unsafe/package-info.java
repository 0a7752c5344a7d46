/**
 * X0001, Patina's {@code unsafe}: an Error Prone check that keeps the JDK's restricted operations
 * (foreign memory and functions, native libraries, {@code sun.misc.Unsafe}) inside code marked
 * {@link dev.patina.ownership.Unsafe @Unsafe}, each use explained by a {@code // SAFETY:} comment.
 * See {@code docs/checkers/unsafe.md}.
 */
package dev.patina.checkers.unsafe;
