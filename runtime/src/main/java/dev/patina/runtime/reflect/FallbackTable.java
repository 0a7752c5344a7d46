package dev.patina.runtime.reflect;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The table {@link Reflect#of} builds for a type without a generated one: metadata read once from
 * the class file ({@link FallbackMetadata}), and for each member, on its first lookup, an accessor
 * class that {@link AccessorFactory} generates with ByteBuddy, of the same shape as the generated
 * tables' ones. Only public members of public types are accessible.
 */
final class FallbackTable<T> extends GeneratedTable<T> {
  private static final String WHY = "the run-time fallback reaches only public members of public types";

  private final FallbackMetadata meta;
  private final Map<String, FieldAccessor<T>> fieldAccessors = new ConcurrentHashMap<>();
  private final Map<String, List<MethodInvoker<T>>> methodInvokers = new ConcurrentHashMap<>();
  private volatile List<ConstructorInvoker<T>> constructorInvokers;

  static <T> FallbackTable<T> build(Class<T> type) {
    return new FallbackTable<>(type, new FallbackMetadata(type));
  }

  private FallbackTable(Class<T> type, FallbackMetadata meta) {
    super(meta.type, type, meta.fields, meta.components, meta.enumConstants, meta.constructors, meta.methods);
    this.meta = meta;
  }

  @Override
  public FieldAccessor<T> field(String name) {
    FieldAccessor<T> known = fieldAccessors.get(name);
    if (known != null) {
      return known;
    }
    var f = meta.accessibleFields.get(name);
    if (f == null) {
      throw missing("field", name, fields().stream().anyMatch(x -> x.name().equals(name)),
          List.copyOf(meta.accessibleFields.keySet()));
    }
    return fieldAccessors.computeIfAbsent(name, k -> AccessorFactory.field(type().name(), f.getKey(), f.getValue()));
  }

  @Override
  public List<MethodInvoker<T>> overloads(String name) {
    List<MethodInvoker<T>> known = methodInvokers.get(name);
    if (known != null) {
      return known;
    }
    var ms = meta.accessibleMethods.get(name);
    if (ms == null) {
      throw missing("method", name, methods().stream().anyMatch(m -> m.name().equals(name)),
          List.copyOf(meta.accessibleMethods.keySet()));
    }
    return methodInvokers.computeIfAbsent(name, k -> ms.stream()
        .map(m -> AccessorFactory.<T>method(type().name(), m.getKey(), m.getValue())).toList());
  }

  @Override
  public List<ConstructorInvoker<T>> constructorInvokers() {
    List<ConstructorInvoker<T>> cs = constructorInvokers;
    if (cs == null) {
      // a race builds the classes twice at worst; both lists behave the same
      cs = meta.accessibleConstructors.stream()
          .map(c -> AccessorFactory.<T>constructor(type().name(), c.getKey(), c.getValue())).toList();
      constructorInvokers = cs;
    }
    return cs;
  }

  @Override
  protected String noConstructorReason() {
    return switch (type().kind()) {
      case INTERFACE, ANNOTATION -> "an interface has no constructors";
      default -> "no constructor is accessible: " + WHY;
    };
  }

  @Override
  protected String unreachable() {
    return WHY;
  }

  private ReflectionException missing(String what, String name, boolean listed, List<String> known) {
    return listed
        ? ReflectionException.inaccessible(type().name(), what, name, WHY)
        : ReflectionException.unknown(type().name(), what, name, known);
  }
}
