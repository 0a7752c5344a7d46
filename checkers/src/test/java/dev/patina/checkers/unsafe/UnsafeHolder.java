package dev.patina.checkers.unsafe;

/**
 * Hands {@code sun.misc.Unsafe} to the test sources without their naming the type, which would
 * add javac's "internal proprietary API" warning to what the tests compare (no flag turns it off).
 */
public final class UnsafeHolder {

  private UnsafeHolder() {}

  /** Never called: the test sources are compiled, not run. */
  public static sun.misc.Unsafe unsafe() {
    throw new UnsupportedOperationException("compiled, not run");
  }

  public static Class<?> unsafeClass() {
    return sun.misc.Unsafe.class;
  }
}
