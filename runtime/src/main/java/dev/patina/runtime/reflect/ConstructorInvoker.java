package dev.patina.runtime.reflect;

import java.util.List;

/**
 * One constructor, resolved once with {@link TypeInfo#constructor(Class...)}, then called without
 * an overload search: a generated class whose {@code create} is a direct {@code new}. Arguments
 * are checked as for {@link TypeInfo#construct}; an exception thrown by the constructor
 * propagates unchanged.
 *
 * @param <T> the constructed type (raw for a generic type)
 */
public abstract class ConstructorInvoker<T> {
  private final String owner;
  private final Meta.Constructor meta;
  private final Signature signature;

  /** For generated subclasses: the type's name and the constructor's metadata. */
  protected ConstructorInvoker(String owner, Meta.Constructor meta) {
    this.owner = owner;
    this.meta = meta;
    this.signature = new Signature(meta.parameters());
  }

  /** The constructor's metadata. */
  public final Meta.Constructor meta() {
    return meta;
  }

  /** The erased parameter types, as {@link TypeInfo#constructor(Class...)} takes them. */
  public final Class<?>[] parameterTypes() {
    return signature.erased();
  }

  /** Whether {@code args} fit the parameters: count, and type (boxed for primitives, null for references). */
  public boolean accepts(Object... args) {
    return signature.accepts(args);
  }

  /** Builds a new instance. */
  public final T newInstance(Object... args) {
    if (!accepts(args)) {
      throw ReflectionException.noMatch(owner, "<init>", args, List.of(signature.toString()));
    }
    return create(args);
  }

  /** The {@code new} itself; arguments already checked. */
  protected abstract T create(Object[] args);

  final boolean hasParameters(Class<?>[] types) {
    return signature.is(types);
  }

  final String signature() {
    return signature.toString();
  }

  @Override
  public String toString() {
    return owner + signature;
  }
}
