package dev.patina.runtime.reflect;

import java.util.List;

/**
 * A type's reflection table: its metadata and typed access to its members by name. Generated at
 * compile time for {@code @Reflect} types ({@code FooReflection}); built at run time with ByteBuddy
 * for other types. Get one with {@link Reflect#of(Class)}.
 *
 * <p>Two ways in: by name on every call ({@link #get}, {@link #set}, {@link #invoke}, {@link
 * #construct}), which pays a {@code switch} on the name and an overload search each time; or
 * resolved once ({@link #field}, {@link #method}, {@link #constructor}) into an accessor to keep
 * and call at the speed of a direct access, primitives unboxed.
 *
 * <p>Only declared members are listed (not inherited ones). Private members are listed with
 * {@code accessible() == false}; reading, writing or calling them throws a {@link
 * ReflectionException} that says so. Static members are reached with any (or a null) target.
 *
 * @param <T> the described type (raw for a generic type)
 */
public interface TypeInfo<T> {
  /** The type's own metadata. */
  Meta.Type type();

  /** The erased class this table describes. */
  Class<T> typeClass();

  /** Declared fields, in declaration order. */
  List<Meta.Field> fields();

  /** Record components, in order; empty unless a record. */
  List<Meta.Component> recordComponents();

  /** Enum constant names, in order; empty unless an enum. */
  List<String> enumConstants();

  /** Declared constructors. */
  List<Meta.Constructor> constructors();

  /** Declared methods (for a record, including the accessors). */
  List<Meta.Method> methods();

  /** The accessor of field {@code name}, to keep and call; throws if unknown or not accessible. */
  FieldAccessor<T> field(String name);

  /** The accessible overloads of method {@code name}, in declaration order; throws if none. */
  List<MethodInvoker<T>> overloads(String name);

  /**
   * The invoker of method {@code name} with exactly these erased parameter types ({@code
   * long.class}, {@code List.class}), to keep and call.
   */
  MethodInvoker<T> method(String name, Class<?>... parameterTypes);

  /** The accessible constructors, in declaration order; empty if there are none. */
  List<ConstructorInvoker<T>> constructorInvokers();

  /** The invoker of the constructor with exactly these erased parameter types. */
  ConstructorInvoker<T> constructor(Class<?>... parameterTypes);

  /** Reads field {@code name} of {@code target} (boxed). */
  Object get(T target, String name);

  /** Writes field {@code name} of {@code target}; final fields cannot be written. */
  void set(T target, String name, Object value);

  /** Calls method {@code name} on {@code target} with an overload that accepts {@code args}. */
  Object invoke(T target, String name, Object... args);

  /** Calls the constructor that accepts {@code args}. */
  T construct(Object... args);

  /** Builds a record from its components, in order. */
  T fromComponents(Object... components);

  /** A readable multi-line table of everything above. */
  default String describe() {
    return Describer.describe(this);
  }
}
