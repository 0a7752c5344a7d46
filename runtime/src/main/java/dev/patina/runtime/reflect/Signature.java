package dev.patina.runtime.reflect;

import java.util.Arrays;
import java.util.List;

/**
 * A member's parameter list, prepared once for the checks every call makes: the erased types,
 * their wrappers for primitives, and the source rendering used in error messages.
 */
final class Signature {
  private final Class<?>[] erased;
  private final Class<?>[] accepted;
  private final boolean[] primitive;
  private final String text;

  Signature(List<Meta.Parameter> parameters) {
    int n = parameters.size();
    erased = new Class<?>[n];
    accepted = new Class<?>[n];
    primitive = new boolean[n];
    for (int i = 0; i < n; i++) {
      erased[i] = parameters.get(i).erasedType();
      accepted[i] = Args.box(erased[i]);
      primitive[i] = erased[i].isPrimitive();
    }
    text = "(" + String.join(", ", parameters.stream().map(Meta.Parameter::type).toList()) + ")";
  }

  /** Whether {@code args} fit, by count and by type (boxed for primitives, null for references). */
  boolean accepts(Object[] args) {
    if (args.length != erased.length) {
      return false;
    }
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a == null ? primitive[i] : !accepted[i].isInstance(a)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the erased parameter types are exactly {@code types}. */
  boolean is(Class<?>[] types) {
    return Arrays.equals(erased, types);
  }

  Class<?>[] erased() {
    return erased.clone();
  }

  /** {@code (long, java.util.List<T>)}: the declared (generic) types. */
  @Override
  public String toString() {
    return text;
  }
}
