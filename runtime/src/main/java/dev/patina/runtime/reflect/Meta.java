package dev.patina.runtime.reflect;

import java.util.List;
import java.util.Map;

/**
 * The metadata records a {@link TypeInfo} returns. Generic types are source strings such as
 * {@code java.util.List<? extends T>}; erased types are {@code Class} objects.
 */
public final class Meta {
  private Meta() {}

  /** An annotation on a type or member, with its element values written as Java source. */
  public record Annotation(String type, Map<String, String> values) {
    public Annotation {
      values = Map.copyOf(values);
    }

    @Override
    public String toString() {
      if (values.isEmpty()) {
        return "@" + type;
      }
      StringBuilder b = new StringBuilder("@").append(type).append('(');
      String sep = "";
      for (var e : new java.util.TreeMap<>(values).entrySet()) {
        b.append(sep).append(e.getKey()).append(" = ").append(e.getValue());
        sep = ", ";
      }
      return b.append(')').toString();
    }
  }

  /** A type parameter and its bounds ({@code T extends Number & Comparable<T>}). */
  public record TypeParameter(String name, List<String> bounds) {
    public TypeParameter {
      bounds = List.copyOf(bounds);
    }

    @Override
    public String toString() {
      return bounds.isEmpty() ? name : name + " extends " + String.join(" & ", bounds);
    }
  }

  /** The type itself: name, kind, modifiers, type parameters, supertypes and annotations. */
  public record Type(
      String name,
      Kind kind,
      List<String> modifiers,
      List<TypeParameter> typeParameters,
      String superclass,
      Class<?> erasedSuperclass,
      List<String> interfaces,
      List<Class<?>> erasedInterfaces,
      List<Annotation> annotations) {
    public Type {
      modifiers = List.copyOf(modifiers);
      typeParameters = List.copyOf(typeParameters);
      interfaces = List.copyOf(interfaces);
      erasedInterfaces = List.copyOf(erasedInterfaces);
      annotations = List.copyOf(annotations);
    }
  }

  /**
   * A declared field. {@code accessible} is false for members the accessor cannot reach (private
   * ones): they are listed, and {@code get}/{@code set} on them throw.
   */
  public record Field(
      String name,
      String type,
      Class<?> erasedType,
      List<String> modifiers,
      List<Annotation> annotations,
      boolean accessible) {
    public Field {
      modifiers = List.copyOf(modifiers);
      annotations = List.copyOf(annotations);
    }
  }

  /** A record component. */
  public record Component(
      String name, String type, Class<?> erasedType, List<Annotation> annotations) {
    public Component {
      annotations = List.copyOf(annotations);
    }
  }

  /** A constructor or method parameter. Names are the source names when known. */
  public record Parameter(
      String name, String type, Class<?> erasedType, List<Annotation> annotations) {
    public Parameter {
      annotations = List.copyOf(annotations);
    }
  }

  /** A declared constructor. */
  public record Constructor(
      List<String> modifiers,
      List<Parameter> parameters,
      List<String> thrownTypes,
      List<Annotation> annotations,
      boolean accessible) {
    public Constructor {
      modifiers = List.copyOf(modifiers);
      parameters = List.copyOf(parameters);
      thrownTypes = List.copyOf(thrownTypes);
      annotations = List.copyOf(annotations);
    }
  }

  /**
   * A declared method. {@code defaultValue} is the default of an annotation element as Java
   * source, or {@code null}.
   */
  public record Method(
      String name,
      String returnType,
      Class<?> erasedReturnType,
      List<String> modifiers,
      List<TypeParameter> typeParameters,
      List<Parameter> parameters,
      List<String> thrownTypes,
      String defaultValue,
      List<Annotation> annotations,
      boolean accessible) {
    public Method {
      modifiers = List.copyOf(modifiers);
      typeParameters = List.copyOf(typeParameters);
      parameters = List.copyOf(parameters);
      thrownTypes = List.copyOf(thrownTypes);
      annotations = List.copyOf(annotations);
    }
  }
}
