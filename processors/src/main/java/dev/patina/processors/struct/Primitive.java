package dev.patina.processors.struct;

/**
 * The Java primitives a {@code @Struct} field may have, with their size, the {@code ValueLayout}
 * constant that reads them and the C type that has the same layout. {@code boolean} is one byte
 * (C's {@code _Bool}); {@code char} is an unsigned 16-bit integer (C's {@code uint16_t}).
 */
enum Primitive implements FieldType {
  BOOLEAN("boolean", 1, "JAVA_BOOLEAN", "_Bool"),
  BYTE("byte", 1, "JAVA_BYTE", "int8_t"),
  SHORT("short", 2, "JAVA_SHORT", "int16_t"),
  CHAR("char", 2, "JAVA_CHAR", "uint16_t"),
  INT("int", 4, "JAVA_INT", "int32_t"),
  FLOAT("float", 4, "JAVA_FLOAT", "float"),
  LONG("long", 8, "JAVA_LONG", "int64_t"),
  DOUBLE("double", 8, "JAVA_DOUBLE", "double");

  private final String javaName;
  private final long size;
  private final String valueLayout;
  private final String cType;

  Primitive(String javaName, long size, String valueLayout, String cType) {
    this.javaName = javaName;
    this.size = size;
    this.valueLayout = valueLayout;
    this.cType = cType;
  }

  /** The Java keyword, {@code int}. */
  String javaName() {
    return javaName;
  }

  /** The aligned {@code ValueLayout} constant, {@code JAVA_INT}. */
  String valueLayout() {
    return valueLayout;
  }

  /**
   * The unaligned {@code ValueLayout} constant, {@code JAVA_INT_UNALIGNED}; single bytes have no
   * unaligned variant because they are never misaligned.
   */
  String unalignedValueLayout() {
    return size == 1 ? valueLayout : valueLayout + "_UNALIGNED";
  }

  /** The C type with the same size, alignment and representation. */
  String cType() {
    return cType;
  }

  @Override
  public long size() {
    return size;
  }

  /** A primitive is aligned to its size, as on every 64-bit ABI the JDK runs on. */
  @Override
  public long alignment() {
    return size;
  }

  /** The primitive named by a Java keyword, or {@code null} for any other name. */
  static Primitive ofJavaName(String name) {
    for (Primitive p : values()) {
      if (p.javaName.equals(name)) {
        return p;
      }
    }
    return null;
  }
}
