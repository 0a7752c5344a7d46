/**
 * The {@code reflect} suite: reading a field and calling a method by name through a generated
 * {@code @Reflect} table, through the ByteBuddy fallback, through {@code java.lang.reflect} and
 * through a {@code MethodHandle}, each against the direct call (issue 5, acceptance 4).
 */
package dev.patina.bench.reflect;
