package dev.patina.runtime.reflect;

import java.util.List;

/**
 * One method, resolved once with {@link TypeInfo#method(String, Class...)}, then called without a
 * name lookup or overload search. The generated tables implement it with a small final class per
 * method whose {@code call} is a direct call, so that at a call site that sees one invoker the
 * JIT inlines it, argument checks and all, to the call itself. The run-time fallback generates
 * the same shape with ByteBuddy.
 *
 * <p>{@link #invoke} boxes the result ({@code null} for {@code void}); {@link #invokeLong} and
 * the other primitive forms return it unboxed and exist for the method's own return type only.
 * Arguments are checked as for {@link TypeInfo#invoke}: a primitive parameter takes its wrapper,
 * with no widening. An exception thrown by the method propagates unchanged.
 *
 * @param <T> the type that declares the method (raw for a generic type)
 */
public abstract class MethodInvoker<T> {
  private final String owner;
  private final Meta.Method meta;
  private final Signature signature;

  /** For generated subclasses: the declaring type's name and the method's metadata. */
  protected MethodInvoker(String owner, Meta.Method meta) {
    this.owner = owner;
    this.meta = meta;
    this.signature = new Signature(meta.parameters());
  }

  /** The method's metadata. */
  public final Meta.Method meta() {
    return meta;
  }

  /** The method's name. */
  public final String name() {
    return meta.name();
  }

  /** The erased parameter types, as {@link TypeInfo#method(String, Class...)} takes them. */
  public final Class<?>[] parameterTypes() {
    return signature.erased();
  }

  /** Whether {@code args} fit the parameters: count, and type (boxed for primitives, null for references). */
  public boolean accepts(Object... args) {
    return signature.accepts(args);
  }

  /** Calls the method; the result is boxed, or null for {@code void}. */
  public final Object invoke(T target, Object... args) {
    check(args);
    return call(target, args);
  }

  /** Calls a method that returns a {@code boolean}, without boxing the result. */
  public final boolean invokeBoolean(T target, Object... args) {
    check(args);
    return callBoolean(target, args);
  }

  /** Calls a method that returns a {@code byte}, without boxing the result. */
  public final byte invokeByte(T target, Object... args) {
    check(args);
    return callByte(target, args);
  }

  /** Calls a method that returns a {@code char}, without boxing the result. */
  public final char invokeChar(T target, Object... args) {
    check(args);
    return callChar(target, args);
  }

  /** Calls a method that returns a {@code short}, without boxing the result. */
  public final short invokeShort(T target, Object... args) {
    check(args);
    return callShort(target, args);
  }

  /** Calls a method that returns an {@code int}, without boxing the result. */
  public final int invokeInt(T target, Object... args) {
    check(args);
    return callInt(target, args);
  }

  /** Calls a method that returns a {@code long}, without boxing the result. */
  public final long invokeLong(T target, Object... args) {
    check(args);
    return callLong(target, args);
  }

  /** Calls a method that returns a {@code float}, without boxing the result. */
  public final float invokeFloat(T target, Object... args) {
    check(args);
    return callFloat(target, args);
  }

  /** Calls a method that returns a {@code double}, without boxing the result. */
  public final double invokeDouble(T target, Object... args) {
    check(args);
    return callDouble(target, args);
  }

  /** The call itself, boxed; arguments already checked. */
  protected abstract Object call(T target, Object[] args);

  /** The unboxed call of a method returning {@code boolean}; arguments already checked. */
  protected boolean callBoolean(T target, Object[] args) {
    throw wrongReturn("boolean");
  }

  /** The unboxed call of a method returning {@code byte}; arguments already checked. */
  protected byte callByte(T target, Object[] args) {
    throw wrongReturn("byte");
  }

  /** The unboxed call of a method returning {@code char}; arguments already checked. */
  protected char callChar(T target, Object[] args) {
    throw wrongReturn("char");
  }

  /** The unboxed call of a method returning {@code short}; arguments already checked. */
  protected short callShort(T target, Object[] args) {
    throw wrongReturn("short");
  }

  /** The unboxed call of a method returning {@code int}; arguments already checked. */
  protected int callInt(T target, Object[] args) {
    throw wrongReturn("int");
  }

  /** The unboxed call of a method returning {@code long}; arguments already checked. */
  protected long callLong(T target, Object[] args) {
    throw wrongReturn("long");
  }

  /** The unboxed call of a method returning {@code float}; arguments already checked. */
  protected float callFloat(T target, Object[] args) {
    throw wrongReturn("float");
  }

  /** The unboxed call of a method returning {@code double}; arguments already checked. */
  protected double callDouble(T target, Object[] args) {
    throw wrongReturn("double");
  }

  final boolean hasParameters(Class<?>[] types) {
    return signature.is(types);
  }

  final String signature() {
    return signature.toString();
  }

  @Override
  public String toString() {
    return meta.returnType() + " " + owner + "." + meta.name() + signature;
  }

  private void check(Object[] args) {
    if (!accepts(args)) {
      throw ReflectionException.noMatch(owner, meta.name(), args, List.of(signature.toString()));
    }
  }

  private ReflectionException wrongReturn(String primitive) {
    return ReflectionException.unsupported(owner, "method '" + meta.name() + signature + "' returns "
        + meta.returnType() + ", not " + primitive + "; use invoke" + (meta.erasedReturnType().isPrimitive()
            && meta.erasedReturnType() != void.class
            ? " or invoke" + capitalized(meta.erasedReturnType().getName()) : ""));
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
