package dev.patina.processors.struct;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.patina.derive.Order;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Locale;

/** The names and small code fragments the two generators share. */
final class Names {

  private Names() {}

  /** The record itself, {@code p.Outer.Inner}. */
  static ClassName record(StructModel model) {
    String[] parts = model.recordName().split("\\.");
    return ClassName.get(
        model.packageName(), parts[0], java.util.Arrays.copyOfRange(parts, 1, parts.length));
  }

  /** The generated layout class, {@code p.Outer_InnerLayout}. */
  static ClassName layout(StructModel model) {
    return ClassName.get(model.packageName(), model.generatedPrefix() + "Layout");
  }

  /** The generated view class, {@code p.Outer_InnerView}. */
  static ClassName view(StructModel model) {
    return ClassName.get(model.packageName(), model.generatedPrefix() + "View");
  }

  /** {@code OFFSET_SENSOR_ID} for a field named {@code sensorId}. */
  static String offsetConstant(String field) {
    return "OFFSET_" + upperSnake(field);
  }

  /** {@code SENSOR_ID_LENGTH} for an array field named {@code sensorId}. */
  static String lengthConstant(String field) {
    return "LENGTH_" + upperSnake(field);
  }

  static String upperSnake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** The Java type of a value of {@code type}: {@code int}, {@code int[]}, {@code Inner}. */
  static TypeName javaType(FieldType type) {
    return switch (type) {
      case Primitive p -> primitiveType(p);
      case FieldType.Array a -> com.palantir.javapoet.ArrayTypeName.of(javaType(a.element()));
      case FieldType.Nested n -> record(n.struct());
    };
  }

  static TypeName primitiveType(Primitive p) {
    return switch (p) {
      case BOOLEAN -> TypeName.BOOLEAN;
      case BYTE -> TypeName.BYTE;
      case SHORT -> TypeName.SHORT;
      case CHAR -> TypeName.CHAR;
      case INT -> TypeName.INT;
      case FLOAT -> TypeName.FLOAT;
      case LONG -> TypeName.LONG;
      case DOUBLE -> TypeName.DOUBLE;
    };
  }

  /**
   * {@code ValueLayout.JAVA_INT.withOrder(ByteOrder.BIG_ENDIAN)}: the value layout of {@code p} in
   * {@code order}, aligned or not. Single bytes have no order to set.
   */
  static CodeBlock valueLayout(Primitive p, Order order, boolean unaligned) {
    String constant = unaligned ? p.unalignedValueLayout() : p.valueLayout();
    if (p.size() == 1) {
      return CodeBlock.of("$T.$L", ValueLayout.class, constant);
    }
    return CodeBlock.of(
        "$T.$L.withOrder($T.$L)", ValueLayout.class, constant, ByteOrder.class, order.name());
  }
}
