package dev.patina.processors.struct;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Name>View}: a rebindable flyweight over a segment and an offset whose getters
 * and setters go through static final {@code VarHandle}s, so a field access allocates nothing.
 * The handles are unaligned, so a view also works on heap segments over {@code byte[]}, whose
 * addresses have no alignment guarantee.
 */
final class ViewGenerator {

  private final StructModel model;
  private final ClassName view;
  private final ClassName layout;

  private ViewGenerator(StructModel model) {
    this.model = model;
    this.view = Names.view(model);
    this.layout = Names.layout(model);
  }

  static TypeSpec generate(StructModel model, String processorName) {
    return new ViewGenerator(model).build(processorName);
  }

  private TypeSpec build(String processorName) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(view)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(Generated.annotation(processorName))
            .addJavadoc(
                "A view of one {@link $T} in a memory segment, laid out as {@link $T}. Rebind it"
                    + " with {@link #bind} or {@link #at} to walk an array of them without"
                    + " allocating.\n",
                Names.record(model),
                layout);
    for (Primitive p : primitivesUsed()) {
      type.addField(FieldSpec.builder(VarHandle.class, handle(p), Modifier.PRIVATE,
              Modifier.STATIC, Modifier.FINAL)
          .initializer("$L.varHandle()", Names.valueLayout(p, model.order(), true))
          .build());
    }
    type.addField(MemorySegment.class, "segment", Modifier.PRIVATE);
    type.addField(long.class, "offset", Modifier.PRIVATE);
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A view of the struct at {@code offset} bytes into {@code segment}.\n")
        .addParameter(MemorySegment.class, "segment")
        .addParameter(long.class, "offset")
        .addStatement("this.segment = $T.requireNonNull(segment)", Objects.class)
        .addStatement("this.offset = offset")
        .build());
    type.addMethod(MethodSpec.methodBuilder("bind")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Points this view at the struct at {@code offset} bytes into {@code segment}.\n")
        .returns(view)
        .addParameter(MemorySegment.class, "segment")
        .addParameter(long.class, "offset")
        .addStatement("this.segment = $T.requireNonNull(segment)", Objects.class)
        .addStatement("this.offset = offset")
        .addStatement("return this")
        .build());
    type.addMethod(MethodSpec.methodBuilder("at")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Points this view at element {@code index} of an array of these structs that"
            + " starts at the segment's first byte.\n")
        .returns(view)
        .addParameter(long.class, "index")
        .addStatement("this.offset = $T.multiplyExact(index, $T.SIZE)", Math.class, layout)
        .addStatement("return this")
        .build());
    type.addMethod(simpleGetter("boundSegment", "segment", MemorySegment.class, "The segment this view reads."));
    type.addMethod(simpleGetter("boundOffset", "offset", long.class, "The struct's offset in the segment."));
    for (StructModel.Field f : model.fields()) {
      addAccessors(type, f);
    }
    type.addMethod(read());
    type.addMethod(write());
    return type.build();
  }

  private Set<Primitive> primitivesUsed() {
    Set<Primitive> used = EnumSet.noneOf(Primitive.class);
    for (StructModel.Field f : model.fields()) {
      FieldType t = f.type() instanceof FieldType.Array a ? a.element() : f.type();
      if (t instanceof Primitive p) {
        used.add(p);
      }
    }
    return used;
  }

  private static String handle(Primitive p) {
    return p.name();
  }

  private static MethodSpec simpleGetter(String name, String field, Class<?> type, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n", doc)
        .returns(type)
        .addStatement("return $L", field)
        .build();
  }

  private CodeBlock at(StructModel.Field f) {
    return CodeBlock.of("offset + $T.$L", layout, Names.offsetConstant(f.name()));
  }

  private CodeBlock element(StructModel.Field f, FieldType.Array a, String index) {
    return CodeBlock.of("$L + $T.checkIndex($L, $L) * $LL",
        at(f), Objects.class, index, a.length(), a.element().size());
  }

  private void addAccessors(TypeSpec.Builder type, StructModel.Field f) {
    String name = f.name();
    switch (f.type()) {
      case Primitive p -> {
        type.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
            .addJavadoc("Reads {@code $L}, the $L at offset $L.\n", name, p.javaName(), f.offset())
            .returns(Names.primitiveType(p))
            .addStatement("return ($T) $L.get(segment, $L)", Names.primitiveType(p), handle(p), at(f))
            .build());
        type.addMethod(setter(name).addParameter(Names.primitiveType(p), "value")
            .addJavadoc("Writes {@code $L}, the $L at offset $L.\n", name, p.javaName(), f.offset())
            .addStatement("$L.set(segment, $L, value)", handle(p), at(f))
            .addStatement("return this").build());
      }
      case FieldType.Nested n -> {
        ClassName nestedView = Names.view(n.struct());
        type.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
            .addJavadoc("A new view of {@code $L}; {@link #$L($T)} reuses one instead.\n", name, name, nestedView)
            .returns(nestedView)
            .addStatement("return new $T(segment, $L)", nestedView, at(f)).build());
        type.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
            .addJavadoc("Points {@code into} at {@code $L} and returns it.\n", name)
            .returns(nestedView).addParameter(nestedView, "into")
            .addStatement("return into.bind(segment, $L)", at(f)).build());
        type.addMethod(setter(name).addParameter(Names.record(n.struct()), "value")
            .addJavadoc("Writes every component of {@code value} into {@code $L}.\n", name)
            .addStatement("new $T(segment, $L).write(value)", nestedView, at(f))
            .addStatement("return this").build());
      }
      case FieldType.Array a -> addArrayAccessors(type, f, a);
    }
  }

  private void addArrayAccessors(TypeSpec.Builder type, StructModel.Field f, FieldType.Array a) {
    String name = f.name();
    TypeName arrayType = Names.javaType(a);
    switch (a.element()) {
      case Primitive p -> {
        TypeName t = Names.primitiveType(p);
        type.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
            .addJavadoc("Reads element {@code index} of {@code $L}.\n", name)
            .returns(t).addParameter(int.class, "index")
            .addStatement("return ($T) $L.get(segment, $L)", t, handle(p), element(f, a, "index"))
            .build());
        type.addMethod(setter(name).addParameter(int.class, "index").addParameter(t, "value")
            .addJavadoc("Writes element {@code index} of {@code $L}.\n", name)
            .addStatement("$L.set(segment, $L, value)", handle(p), element(f, a, "index"))
            .addStatement("return this").build());
        type.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
            .addJavadoc("A copy of all $L elements of {@code $L}.\n", a.length(), name)
            .returns(arrayType)
            .addStatement("$T values = new $T[$L]", arrayType, t, a.length())
            .beginControlFlow("for (int i = 0; i < values.length; i++)")
            .addStatement("values[i] = $L(i)", name)
            .endControlFlow()
            .addStatement("return values").build());
      }
      case FieldType.Nested n -> {
        ClassName nestedView = Names.view(n.struct());
        ClassName record = Names.record(n.struct());
        type.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
            .addJavadoc("A new view of element {@code index} of {@code $L}.\n", name)
            .returns(nestedView).addParameter(int.class, "index")
            .addStatement("return new $T(segment, $L)", nestedView, element(f, a, "index")).build());
        type.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
            .addJavadoc("Points {@code into} at element {@code index} of {@code $L}.\n", name)
            .returns(nestedView).addParameter(int.class, "index").addParameter(nestedView, "into")
            .addStatement("return into.bind(segment, $L)", element(f, a, "index")).build());
        type.addMethod(setter(name).addParameter(int.class, "index").addParameter(record, "value")
            .addJavadoc("Writes {@code value} into element {@code index} of {@code $L}.\n", name)
            .addStatement("new $T(segment, $L).write(value)", nestedView, element(f, a, "index"))
            .addStatement("return this").build());
        type.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
            .addJavadoc("A copy of all $L elements of {@code $L}.\n", a.length(), name)
            .returns(arrayType)
            .addStatement("$T values = new $T[$L]", arrayType, record, a.length())
            .addStatement("$T view = new $T(segment, offset)", nestedView, nestedView)
            .beginControlFlow("for (int i = 0; i < values.length; i++)")
            .addStatement("values[i] = $L(i, view).read()", name)
            .endControlFlow()
            .addStatement("return values").build());
      }
      case FieldType.Array inner -> throw new IllegalStateException("array of arrays: " + inner);
    }
    type.addMethod(setter(name).addParameter(arrayType, "values")
        .addJavadoc("Writes all $L elements of {@code $L}.\n", a.length(), name)
        .beginControlFlow("if (values.length != $L)", a.length())
        .addStatement("throw new $T($S + values.length)", IllegalArgumentException.class,
            "`" + name + "` holds " + a.length() + " elements, got ")
        .endControlFlow()
        .beginControlFlow("for (int i = 0; i < values.length; i++)")
        .addStatement("$L(i, values[i])", name)
        .endControlFlow()
        .addStatement("return this").build());
  }

  private MethodSpec.Builder setter(String name) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(view);
  }

  private MethodSpec read() {
    List<CodeBlock> args = new ArrayList<>();
    for (StructModel.Field f : model.fields()) {
      args.add(f.type() instanceof FieldType.Nested
          ? CodeBlock.of("$L().read()", f.name())
          : CodeBlock.of("$L()", f.name()));
    }
    return MethodSpec.methodBuilder("read").addModifiers(Modifier.PUBLIC)
        .addJavadoc("A new record holding the struct's current contents.\n")
        .returns(Names.record(model))
        .addStatement("return new $T($L)", Names.record(model), CodeBlock.join(args, ", "))
        .build();
  }

  private MethodSpec write() {
    MethodSpec.Builder write = MethodSpec.methodBuilder("write").addModifiers(Modifier.PUBLIC)
        .addJavadoc("Stores every component of {@code value} in the struct.\n")
        .returns(view)
        .addParameter(Names.record(model), "value")
        .addStatement("$T.requireNonNull(value)", Objects.class);
    for (StructModel.Field f : model.fields()) {
      write.addStatement("$L(value.$L())", f.name(), f.name());
    }
    return write.addStatement("return this").build();
  }
}
