package dev.patina.processors.struct;

/**
 * The type of one field of a {@code @Struct} record, reduced to what its memory layout needs: a
 * primitive, a fixed-length array, or another struct.
 */
sealed interface FieldType permits Primitive, FieldType.Array, FieldType.Nested {

  /** The number of bytes the field occupies, including any padding inside it. */
  long size();

  /** The alignment of the field under C's rules (before a packed struct discards it). */
  long alignment();

  /** {@code n} elements of {@code element} with no gap between them, as in C's {@code T a[n]}. */
  record Array(FieldType element, int length) implements FieldType {
    public Array {
      if (element instanceof Array) {
        throw new IllegalArgumentException("arrays of arrays have no single @Length");
      }
      if (length < 1) {
        throw new IllegalArgumentException("array length must be at least 1: " + length);
      }
    }

    @Override
    public long size() {
      return Math.multiplyExact(element.size(), (long) length);
    }

    @Override
    public long alignment() {
      return element.alignment();
    }
  }

  /** Another {@code @Struct} record embedded by value, as a C struct member of struct type. */
  record Nested(StructModel struct) implements FieldType {
    @Override
    public long size() {
      return struct.size();
    }

    @Override
    public long alignment() {
      return struct.alignment();
    }
  }
}
