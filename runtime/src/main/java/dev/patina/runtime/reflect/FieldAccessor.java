package dev.patina.runtime.reflect;

import java.util.List;

/**
 * One field, resolved once with {@link TypeInfo#field(String)}, then read and written without a
 * name lookup: the generated tables implement it with a small final class per field whose
 * methods touch the field directly, so that at a call site that sees one accessor the JIT inlines
 * it to a plain field access. The run-time fallback generates the same shape with ByteBuddy.
 *
 * <p>{@link #get} and {@link #set} box; the primitive methods ({@link #getLong}, {@link
 * #setLong}, ...) do not, and exist for the field's own type only: {@code getLong} on an {@code
 * int} field throws a {@link ReflectionException} (no widening, as for {@link TypeInfo#set}).
 * Static fields ignore the target, which may be null.
 *
 * @param <T> the type that declares the field (raw for a generic type)
 */
public abstract class FieldAccessor<T> {
  private final String owner;
  private final Meta.Field meta;
  private final boolean writable;
  private final Class<?> accepted;
  private final boolean primitive;

  /** For generated subclasses: the declaring type's name and the field's metadata. */
  protected FieldAccessor(String owner, Meta.Field meta) {
    this.owner = owner;
    this.meta = meta;
    this.writable = !meta.modifiers().contains("final");
    this.accepted = Args.box(meta.erasedType());
    this.primitive = meta.erasedType().isPrimitive();
  }

  /** The field's metadata. */
  public final Meta.Field meta() {
    return meta;
  }

  /** The field's name. */
  public final String name() {
    return meta.name();
  }

  /** The field's erased type ({@code long.class} for a {@code long}). */
  public final Class<?> type() {
    return meta.erasedType();
  }

  /** Reads the field, boxed if primitive. */
  public abstract Object get(T target);

  /** Whether {@code value} can be written: an instance of the field's type (boxed if primitive) or null for a reference. */
  public boolean accepts(Object value) {
    return value == null ? !primitive : accepted.isInstance(value);
  }

  /** Writes the field after checking {@code value}'s type; final fields cannot be written. */
  public final void set(T target, Object value) {
    if (!writable) {
      throw notWritable();
    }
    if (!accepts(value)) {
      throw ReflectionException.noMatch(owner, meta.name(), new Object[] {value}, List.of(meta.type()));
    }
    write(target, value);
  }

  /** The write itself, {@code value} already checked; not implemented for final fields. */
  protected void write(T target, Object value) {
    throw notWritable();
  }

  /** Reads a {@code boolean} field. */
  public boolean getBoolean(T target) {
    throw wrongType("boolean");
  }

  /** Reads a {@code byte} field. */
  public byte getByte(T target) {
    throw wrongType("byte");
  }

  /** Reads a {@code char} field. */
  public char getChar(T target) {
    throw wrongType("char");
  }

  /** Reads a {@code short} field. */
  public short getShort(T target) {
    throw wrongType("short");
  }

  /** Reads an {@code int} field. */
  public int getInt(T target) {
    throw wrongType("int");
  }

  /** Reads a {@code long} field. */
  public long getLong(T target) {
    throw wrongType("long");
  }

  /** Reads a {@code float} field. */
  public float getFloat(T target) {
    throw wrongType("float");
  }

  /** Reads a {@code double} field. */
  public double getDouble(T target) {
    throw wrongType("double");
  }

  /** Writes a non-final {@code boolean} field. */
  public void setBoolean(T target, boolean value) {
    throw wrongWrite("boolean");
  }

  /** Writes a non-final {@code byte} field. */
  public void setByte(T target, byte value) {
    throw wrongWrite("byte");
  }

  /** Writes a non-final {@code char} field. */
  public void setChar(T target, char value) {
    throw wrongWrite("char");
  }

  /** Writes a non-final {@code short} field. */
  public void setShort(T target, short value) {
    throw wrongWrite("short");
  }

  /** Writes a non-final {@code int} field. */
  public void setInt(T target, int value) {
    throw wrongWrite("int");
  }

  /** Writes a non-final {@code long} field. */
  public void setLong(T target, long value) {
    throw wrongWrite("long");
  }

  /** Writes a non-final {@code float} field. */
  public void setFloat(T target, float value) {
    throw wrongWrite("float");
  }

  /** Writes a non-final {@code double} field. */
  public void setDouble(T target, double value) {
    throw wrongWrite("double");
  }

  @Override
  public String toString() {
    return meta.type() + " " + owner + "." + meta.name();
  }

  private ReflectionException notWritable() {
    return ReflectionException.unsupported(owner, "field '" + meta.name() + "' is final and cannot be set");
  }

  private ReflectionException wrongWrite(String primitive) {
    return writable ? wrongType(primitive) : notWritable();
  }

  private static String article(String type) {
    return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
  }

  private ReflectionException wrongType(String primitive) {
    return ReflectionException.unsupported(owner, "field '" + meta.name() + "' is " + article(meta.type())
        + ", not " + article(primitive) + "; use get/set" + (meta.erasedType().isPrimitive()
            ? " or the " + meta.erasedType().getName() + " methods" : "") + " (there is no widening)");
  }
}
