package dev.patina.runtime.reflect;

import java.util.List;

/**
 * A type's reflection table: its metadata and typed access to its members by name. Generated at
 * compile time for {@code @Reflect} types ({@code FooReflection}); built at run time with ByteBuddy
 * for other types. Get one with {@link Reflect#of(Class)}.
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
