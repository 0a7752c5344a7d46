package dev.patina.runtime.reflect;

import java.util.List;

/**
 * The base of every table the {@code @Reflect} processor generates: the metadata, handed over
 * once by the generated constructor, and its accessors. The generated subclass adds only what is
 * particular to its type, the typed access through {@code switch}es.
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
    this.fields = fields;
    this.components = components;
    this.enumConstants = enumConstants;
    this.constructors = constructors;
    this.methods = methods;
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
}
