package dev.patina.processors.struct;

import dev.patina.derive.Order;
import dev.patina.derive.Repr;
import java.util.List;

/**
 * A {@code @Struct} record with its fields laid out: what the generators and the C comparison
 * read.
 *
 * @param packageName the record's package, empty for the unnamed package
 * @param recordName the record's name relative to its package, {@code Outer.Inner} for a nested one
 * @param generatedPrefix the prefix of the generated classes, {@code Outer_Inner} for a nested one
 * @param repr the layout rule
 * @param order the byte order of every multi-byte value
 * @param fields the fields in declaration order, each with its offset
 * @param size the struct's size, a multiple of its alignment
 * @param alignment 1 for a packed struct, else the largest alignment of its fields
 */
record StructModel(
    String packageName,
    String recordName,
    String generatedPrefix,
    Repr repr,
    Order order,
    List<Field> fields,
    long size,
    long alignment) {

  StructModel {
    fields = List.copyOf(fields);
  }

  /** One field of the struct at its byte offset from the struct's start. */
  record Field(String name, FieldType type, long offset) {}

  /** A field before it is placed: its name and type. */
  record Component(String name, FieldType type) {}

  /**
   * Lays out {@code components} in declaration order. Under {@link Repr#C} each field starts at the
   * next multiple of its alignment, and the size is rounded up to the largest alignment so that
   * arrays of the struct keep every element aligned; under {@link Repr#PACKED} fields follow each
   * other with no padding and the struct's alignment is 1.
   */
  static StructModel layOut(
      String packageName,
      String recordName,
      String generatedPrefix,
      Repr repr,
      Order order,
      List<Component> components) {
    long offset = 0;
    long alignment = 1;
    List<Field> fields = new java.util.ArrayList<>();
    for (Component c : components) {
      long fieldAlignment = repr == Repr.PACKED ? 1 : c.type().alignment();
      offset = alignUp(offset, fieldAlignment);
      fields.add(new Field(c.name(), c.type(), offset));
      offset = Math.addExact(offset, c.type().size());
      alignment = Math.max(alignment, fieldAlignment);
    }
    long size = alignUp(offset, alignment);
    return new StructModel(
        packageName, recordName, generatedPrefix, repr, order, fields, size, alignment);
  }

  /** The smallest multiple of {@code alignment} (a power of two) at or above {@code offset}. */
  static long alignUp(long offset, long alignment) {
    return Math.addExact(offset, alignment - 1) & -alignment;
  }
}
