package dev.patina.runtime.reflect;

/**
 * Argument checks the generated tables call: a value fits a parameter when it is an instance of
 * the parameter's erased type (boxed for primitives), or null for a reference parameter.
 */
public final class Args {
  private Args() {}

  /** True if {@code value} can be passed where {@code type} (possibly primitive) is expected. */
  public static boolean fits(Object value, Class<?> type) {
    if (!type.isPrimitive()) {
      return value == null || type.isInstance(value);
    }
    if (value == null) {
      return false;
    }
    return box(type).isInstance(value);
  }

  /** The wrapper class of a primitive type, or the type itself. */
  public static Class<?> box(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return switch (type.getName()) {
      case "int" -> Integer.class;
      case "long" -> Long.class;
      case "boolean" -> Boolean.class;
      case "double" -> Double.class;
      case "float" -> Float.class;
      case "short" -> Short.class;
      case "byte" -> Byte.class;
      case "char" -> Character.class;
      default -> Void.class;
    };
  }

  /**
   * Rethrows {@code t} unchanged, checked or not, so that a generated call to a method that
   * declares checked exceptions lets them through as a direct call would (as {@code
   * MethodHandle.invoke} does). Written {@code throw Args.rethrow(t)}; never returns.
   */
  public static RuntimeException rethrow(Throwable t) {
    throw Args.<RuntimeException>sneak(t);
  }

  @SuppressWarnings("unchecked") // E is inferred as RuntimeException: rethrows t without wrapping it
  private static <E extends Throwable> E sneak(Throwable t) throws E {
    throw (E) t;
  }
}
