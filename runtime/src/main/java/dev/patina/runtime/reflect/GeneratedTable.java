package dev.patina.runtime.reflect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The base of every table: those the {@code @Reflect} processor generates and the one the
 * run-time fallback builds. It keeps the metadata, handed over once by the subclass's
 * constructor, and implements the by-name access on top of the three lookups a subclass
 * provides ({@link #field}, {@link #overloads}, {@link #constructorInvokers}), whose accessors
 * do the work.
 *
 * @param <T> the described type (raw for a generic type)
 */
public abstract class GeneratedTable<T> implements TypeInfo<T> {

  private final Meta.Type type;
  private final Class<T> typeClass;
  private final List<Meta.Field> fields;
  private final List<Meta.Component> components;
  private final List<String> enumConstants;
  private final List<Meta.Constructor> constructors;
  private final List<Meta.Method> methods;

  /** The metadata of the described type, as the processor read it from the source. */
  protected GeneratedTable(Meta.Type type, Class<T> typeClass, List<Meta.Field> fields,
      List<Meta.Component> components, List<String> enumConstants, List<Meta.Constructor> constructors,
      List<Meta.Method> methods) {
    this.type = type;
    this.typeClass = typeClass;
    this.fields = List.copyOf(fields);
    this.components = List.copyOf(components);
    this.enumConstants = List.copyOf(enumConstants);
    this.constructors = List.copyOf(constructors);
    this.methods = List.copyOf(methods);
  }

  @Override
  public final Meta.Type type() {
    return type;
  }

  @Override
  public final Class<T> typeClass() {
    return typeClass;
  }

  @Override
  public final List<Meta.Field> fields() {
    return fields;
  }

  @Override
  public final List<Meta.Component> recordComponents() {
    return components;
  }

  @Override
  public final List<String> enumConstants() {
    return enumConstants;
  }

  @Override
  public final List<Meta.Constructor> constructors() {
    return constructors;
  }

  @Override
  public final List<Meta.Method> methods() {
    return methods;
  }

  @Override
  public final Object get(T target, String name) {
    return field(name).get(target);
  }

  @Override
  public final void set(T target, String name, Object value) {
    field(name).set(target, value);
  }

  @Override
  public final Object invoke(T target, String name, Object... args) {
    List<MethodInvoker<T>> overloads = overloads(name);
    for (int i = 0; i < overloads.size(); i++) {
      MethodInvoker<T> m = overloads.get(i);
      if (m.accepts(args)) {
        return m.call(target, args); // accepts() has just checked them: no second check in invoke()
      }
    }
    throw ReflectionException.noMatch(type.name(), name, args,
        overloads.stream().map(MethodInvoker::signature).toList());
  }

  @Override
  public final MethodInvoker<T> method(String name, Class<?>... parameterTypes) {
    List<MethodInvoker<T>> overloads = overloads(name);
    for (MethodInvoker<T> m : overloads) {
      if (m.hasParameters(parameterTypes)) {
        return m;
      }
    }
    boolean listed = methods.stream().anyMatch(m -> m.name().equals(name) && !m.accessible()
        && Arrays.equals(erased(m.parameters()), parameterTypes));
    throw listed
        ? ReflectionException.inaccessible(type.name(), "method", name + render(parameterTypes), unreachable())
        : ReflectionException.noOverload(type.name(), name, parameterTypes,
            overloads.stream().map(MethodInvoker::signature).toList());
  }

  @Override
  public final T construct(Object... args) {
    List<ConstructorInvoker<T>> all = constructorInvokers();
    if (all.isEmpty()) {
      throw ReflectionException.unsupported(type.name(), "cannot be constructed: " + noConstructorReason());
    }
    for (int i = 0; i < all.size(); i++) {
      ConstructorInvoker<T> c = all.get(i);
      if (c.accepts(args)) {
        return c.create(args);
      }
    }
    throw ReflectionException.noMatch(type.name(), "<init>", args,
        all.stream().map(ConstructorInvoker::signature).toList());
  }

  @Override
  public final ConstructorInvoker<T> constructor(Class<?>... parameterTypes) {
    List<ConstructorInvoker<T>> all = constructorInvokers();
    for (ConstructorInvoker<T> c : all) {
      if (c.hasParameters(parameterTypes)) {
        return c;
      }
    }
    if (all.isEmpty()) {
      throw ReflectionException.unsupported(type.name(), "cannot be constructed: " + noConstructorReason());
    }
    throw ReflectionException.noOverload(type.name(), "<init>", parameterTypes,
        all.stream().map(ConstructorInvoker::signature).toList());
  }

  @Override
  public final T fromComponents(Object... values) {
    if (type.kind() != Kind.RECORD) {
      throw ReflectionException.unsupported(type.name(), "is not a record; fromComponents builds records only");
    }
    Class<?>[] canonical = components.stream().map(Meta.Component::erasedType).toArray(Class<?>[]::new);
    ConstructorInvoker<T> c = constructorInvokers().stream().filter(k -> k.hasParameters(canonical)).findFirst()
        .orElseThrow(() -> ReflectionException.unsupported(type.name(), "its canonical constructor is not accessible"));
    if (!c.accepts(values)) {
      throw ReflectionException.noMatch(type.name(), "fromComponents", values, List.of(c.signature()));
    }
    return c.create(values);
  }

  /** Why {@link #construct} cannot work when there is no accessible constructor. */
  protected String noConstructorReason() {
    return "no constructor is accessible";
  }

  /** Why a member listed with {@code accessible() == false} cannot be reached, in general terms. */
  protected String unreachable() {
    return "private members, and members whose signature names a type the table's package cannot see,"
        + " are listed, but the generated table cannot reach them";
  }

  private static Class<?>[] erased(List<Meta.Parameter> ps) {
    return ps.stream().map(Meta.Parameter::erasedType).toArray(Class<?>[]::new);
  }

  private static String render(Class<?>[] types) {
    List<String> names = new ArrayList<>();
    for (Class<?> t : types) {
      names.add(t.getTypeName());
    }
    return "(" + String.join(", ", names) + ")";
  }
}
