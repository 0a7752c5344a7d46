package dev.patina.processors.struct;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.patina.derive.Order;
import dev.patina.derive.Repr;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Name>Layout}: the {@code StructLayout} of a {@code @Struct} record with its
 * padding spelled out, and its size, alignment and field offsets as constants.
 */
final class LayoutGenerator {

  private LayoutGenerator() {}

  static TypeSpec generate(StructModel model, String processorName) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(Names.layout(model))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(Generated.annotation(processorName))
            .addJavadoc(
                "The memory layout of {@link $T}: $L, $L, $L bytes aligned to $L.\n",
                Names.record(model),
                model.repr() == Repr.C ? "C's rules" : "packed",
                model.order() == Order.LITTLE_ENDIAN ? "little-endian" : "big-endian",
                model.size(),
                model.alignment());
    type.addField(
        FieldSpec.builder(StructLayout.class, "LAYOUT", Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("Every field with its name, and the padding between them.\n")
            .initializer("$L", structExpression(model, model.repr() == Repr.PACKED))
            .build());
    type.addField(constant("SIZE", model.size(), "The size in bytes, a multiple of ALIGNMENT."));
    type.addField(constant("ALIGNMENT", model.alignment(), "The alignment in bytes."));
    for (StructModel.Field f : model.fields()) {
      type.addField(constant(Names.offsetConstant(f.name()), f.offset(),
          "The offset of {@code " + f.name() + "} from the start of the struct."));
      if (f.type() instanceof FieldType.Array a) {
        type.addField(constant(Names.lengthConstant(f.name()), a.length(),
            "The number of elements of {@code " + f.name() + "}."));
      }
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    return type.build();
  }

  private static FieldSpec constant(String name, long value, String doc) {
    return FieldSpec.builder(long.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", doc)
        .initializer("$LL", value)
        .build();
  }

  /**
   * The {@code MemoryLayout.structLayout(...)} call for {@code model}. Inside a packed struct every
   * value layout, nested ones included, must be unaligned: the FFM API rejects an aligned member at
   * an offset that is not a multiple of its alignment, so a C struct nested in a packed one is
   * spelled out again here with unaligned members.
   */
  static CodeBlock structExpression(StructModel model, boolean unaligned) {
    List<CodeBlock> members = new ArrayList<>();
    long end = 0;
    for (StructModel.Field f : model.fields()) {
      if (f.offset() > end) {
        members.add(CodeBlock.of("$T.paddingLayout($L)", MemoryLayout.class, f.offset() - end));
      }
      members.add(CodeBlock.of("$L.withName($S)",
          memberExpression(f.type(), model.order(), unaligned), f.name()));
      end = f.offset() + f.type().size();
    }
    if (model.size() > end) {
      members.add(CodeBlock.of("$T.paddingLayout($L)", MemoryLayout.class, model.size() - end));
    }
    CodeBlock.Builder call = CodeBlock.builder().add("$T.structLayout(", MemoryLayout.class);
    if (!members.isEmpty()) {
      call.add("\n$>$>$L$<$<", CodeBlock.join(members, ",\n"));
    }
    return call.add(")").build();
  }

  private static CodeBlock memberExpression(FieldType type, Order order, boolean unaligned) {
    return switch (type) {
      case Primitive p -> Names.valueLayout(p, order, unaligned);
      case FieldType.Array a -> CodeBlock.of("$T.sequenceLayout($L, $L)", MemoryLayout.class,
          a.length(), memberExpression(a.element(), order, unaligned));
      case FieldType.Nested n -> unaligned && n.struct().alignment() > 1
          ? structExpression(n.struct(), true)
          : CodeBlock.of("$T.LAYOUT", Names.layout(n.struct()));
    };
  }
}
