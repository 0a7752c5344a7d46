package dev.patina.runtime.reflect;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link TypeInfo}'s typed access for an unknown name, a private member or bad arguments. */
public final class ReflectionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReflectionException(String message) {
    super(message);
  }

  public ReflectionException(String message, Throwable cause) {
    super(message, cause);
  }

  /** No member of that kind and name; lists the ones there are. */
  public static ReflectionException unknown(String type, String what, String name, List<String> known) {
    return new ReflectionException(
        type + " has no accessible " + what + " named '" + name + "'"
            + (known.isEmpty() ? " (it has none)" : "; accessible: " + String.join(", ", known)));
  }

  /** The member exists but the accessor cannot reach it (private, or not public for the fallback). */
  public static ReflectionException inaccessible(String type, String what, String name, String why) {
    return new ReflectionException(
        type + "." + name + " is a " + what + " that is listed but not accessible: " + why);
  }

  /** The member exists, but no overload takes these arguments. */
  public static ReflectionException noMatch(String type, String name, Object[] args, List<String> signatures) {
    String actual = Arrays.stream(args)
        .map(a -> a == null ? "null" : a.getClass().getName())
        .collect(Collectors.joining(", ", "(", ")"));
    return new ReflectionException(
        type + "." + name + " does not accept arguments " + actual + "; it takes "
            + String.join(" or ", signatures));
  }

  /** No overload has exactly these erased parameter types; lists the ones there are. */
  public static ReflectionException noOverload(String type, String name, Class<?>[] types, List<String> signatures) {
    String wanted = Arrays.stream(types).map(Class::getTypeName).collect(Collectors.joining(", ", "(", ")"));
    return new ReflectionException(
        type + " declares no accessible " + name + wanted + "; its accessible overloads take "
            + String.join(" or ", signatures));
  }

  /** An operation the kind of type does not support (constructing an interface, setting a final field). */
  public static ReflectionException unsupported(String type, String message) {
    return new ReflectionException(type + ": " + message);
  }
}
