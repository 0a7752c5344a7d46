package dev.patina.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The code of this method, constructor or type may use restricted operations — the JDK's
 * restricted methods ({@code MemorySegment.reinterpret}, {@code Linker.downcallHandle}, {@code
 * System.loadLibrary}, ...), {@code sun.misc.Unsafe} — which can crash the JVM or corrupt memory
 * when they are used wrongly. It is Rust's {@code unsafe}, and Patina's check X0001 enforces it:
 * a restricted operation anywhere else is an error.
 *
 * <p>By writing {@code @Unsafe} you promise that every restricted operation inside the annotated
 * element (its lambdas, anonymous and nested classes included) is sound for <em>every</em> caller:
 * that sizes, lifetimes and layouts are right however the element is called, so its callers need
 * no promise of their own and are not asked for one. It is Rust's {@code unsafe} block, not an
 * {@code unsafe fn}: if a caller can make an operation unsound, check what it passes in, or keep
 * the method private to code that upholds the condition, and say so in the Javadoc.
 *
 * <p>Each statement with a restricted operation also carries a {@code // SAFETY:} comment, on the
 * statement or on the lines right above it, that says why this use is sound — the reasoning a
 * reviewer checks. See {@code docs/checkers/unsafe.md} for the rule and the list of operations.
 *
 * <p>Kept in class files ({@link RetentionPolicy#CLASS}) so that tools reading bytecode can find
 * the unsafe code too; it costs nothing at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
public @interface Unsafe {}
