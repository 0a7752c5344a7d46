/**
 * The {@code reflect} suite: reading a field and calling a method through a generated {@code
 * @Reflect} table and through the ByteBuddy fallback, each both with an accessor resolved once and
 * by name per call, through {@code java.lang.reflect} and through a {@code MethodHandle}, each
 * against the direct call (issue 5, acceptance 4).
 */
package dev.patina.bench.reflect;
