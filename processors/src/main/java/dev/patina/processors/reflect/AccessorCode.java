package dev.patina.processors.reflect;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The accessor classes of a table: one small {@code private static final} class per reachable
 * field, method and constructor, extending the runtime's {@code FieldAccessor}, {@code
 * MethodInvoker} or {@code ConstructorInvoker}, whose methods touch the member directly (and,
 * for primitives, without boxing), so that a call site that sees one of them inlines to the
 * access itself.
 */
final class AccessorCode {
  static final ClassName FIELD_ACCESSOR = ClassName.get(MetadataCode.RT, "FieldAccessor");
  static final ClassName METHOD_INVOKER = ClassName.get(MetadataCode.RT, "MethodInvoker");
  static final ClassName CONSTRUCTOR_INVOKER = ClassName.get(MetadataCode.RT, "ConstructorInvoker");
  private static final ClassName ARGS = ClassName.get(MetadataCode.RT, "Args");
  private static final TypeName OBJECTS = ArrayTypeName.of(ClassName.OBJECT);

  private final Types types;
  private final Members members;
  private final TypeName target;

  AccessorCode(Types types, Members members, TypeName target) {
    this.types = types;
    this.members = members;
    this.target = target;
  }

  /** {@code Field_owner}: the name of a field's accessor class. */
  static String fieldClass(VariableElement f) {
    return "Field_" + f.getSimpleName();
  }

  /** {@code Method_deposit_0}: the accessor class of the {@code index}-th reachable overload. */
  static String methodClass(ExecutableElement m, int index) {
    return "Method_" + m.getSimpleName() + "_" + index;
  }

  /** {@code Constructor_0}: the accessor class of the {@code index}-th reachable constructor. */
  static String constructorClass(int index) {
    return "Constructor_" + index;
  }

  TypeSpec field(VariableElement f) {
    TypeMirror t = f.asType();
    CodeBlock ref = members.isStatic(f) ? CodeBlock.of("$T.$L", target, f.getSimpleName())
        : CodeBlock.of("target.$L", f.getSimpleName());
    TypeSpec.Builder b = accessorClass(fieldClass(f), FIELD_ACCESSOR, "FIELDS", members.fields.indexOf(f),
        "the field {@code $L $L}", t, f.getSimpleName())
        .addMethod(override("get", ClassName.OBJECT, Modifier.PUBLIC).addParameter(target, "target")
            .addStatement("return $L", ref).build());
    String suffix = t.getKind().isPrimitive() ? capitalized(t.getKind().name().toLowerCase(java.util.Locale.ROOT)) : null;
    if (suffix != null) {
      b.addMethod(override("get" + suffix, TypeName.get(t), Modifier.PUBLIC).addParameter(target, "target")
          .addStatement("return $L", ref).build());
    }
    if (!f.getModifiers().contains(Modifier.FINAL)) {
      b.addMethod(override("accepts", TypeName.BOOLEAN, Modifier.PUBLIC).addParameter(ClassName.OBJECT, "value")
              .addStatement("return $L", fits("value", t)).build())
          .addMethod(override("write", TypeName.VOID, Modifier.PROTECTED).addParameter(target, "target")
              .addParameter(ClassName.OBJECT, "value").addStatement("$L = $L", ref, cast("value", t)).build());
      if (suffix != null) {
        b.addMethod(override("set" + suffix, TypeName.VOID, Modifier.PUBLIC).addParameter(target, "target")
            .addParameter(TypeName.get(t), "value").addStatement("$L = value", ref).build());
      }
    }
    return b.build();
  }

  TypeSpec method(ExecutableElement m, int index) {
    TypeMirror ret = m.getReturnType();
    CodeBlock receiver = members.isStatic(m) ? CodeBlock.of("$T", target) : CodeBlock.of("target");
    CodeBlock call = CodeBlock.of("$L.$L($L)", receiver, m.getSimpleName(), arguments(m));
    TypeSpec.Builder b = accessorClass(methodClass(m, index), METHOD_INVOKER, "METHODS", members.methods.indexOf(m),
        "the method {@code $L $L$L}", ret, m.getSimpleName(), signature(m))
        .addMethod(accepts(m));
    MethodSpec.Builder boxed = invocation("call", ClassName.OBJECT);
    if (ret.getKind() == TypeKind.VOID) {
      guarded(boxed, m, CodeBlock.builder().addStatement("$L", call).addStatement("return null").build());
    } else if (ret.getKind().isPrimitive()) {
      String suffix = capitalized(ret.getKind().name().toLowerCase(java.util.Locale.ROOT));
      boxed.addStatement("return call$L(target, args)", suffix);
      MethodSpec.Builder unboxed = invocation("call" + suffix, TypeName.get(ret));
      guarded(unboxed, m, CodeBlock.builder().addStatement("return $L", call).build());
      b.addMethod(boxed.build());
      return b.addMethod(unboxed.build()).build();
    } else {
      guarded(boxed, m, CodeBlock.builder().addStatement("return $L", call).build());
    }
    return b.addMethod(boxed.build()).build();
  }

  TypeSpec constructor(ExecutableElement c, int index) {
    MethodSpec.Builder create = override("create", target, Modifier.PROTECTED).addParameter(OBJECTS, "args");
    guarded(create, c, CodeBlock.builder().addStatement("return new $T($L)", target, arguments(c)).build());
    return accessorClass(constructorClass(index), CONSTRUCTOR_INVOKER, "CONSTRUCTORS",
        members.constructors.indexOf(c), "the constructor {@code $L$L}", target, signature(c))
        .addMethod(accepts(c))
        .addMethod(create.build())
        .build();
  }

  private TypeSpec.Builder accessorClass(String name, ClassName base, String metaList, int metaIndex,
      String doc, Object... docArgs) {
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The accessor of " + doc + ".\n", docArgs)
        .superclass(ParameterizedTypeName.get(base, target))
        .addMethod(MethodSpec.constructorBuilder()
            .addStatement("super(TYPE_NAME, $L.get($L))", metaList, metaIndex).build());
  }

  private MethodSpec accepts(ExecutableElement m) {
    List<CodeBlock> parts = new ArrayList<>();
    List<? extends VariableElement> ps = m.getParameters();
    parts.add(CodeBlock.of("args.length == $L", ps.size()));
    for (int i = 0; i < ps.size(); i++) {
      parts.add(fits("args[" + i + "]", ps.get(i).asType()));
    }
    return override("accepts", TypeName.BOOLEAN, Modifier.PUBLIC).addParameter(OBJECTS, "args").varargs(true)
        .addStatement("return $L", CodeBlock.join(parts, " && ")).build();
  }

  private MethodSpec.Builder invocation(String name, TypeName returns) {
    return override(name, returns, Modifier.PROTECTED).addParameter(target, "target").addParameter(OBJECTS, "args");
  }

  private static MethodSpec.Builder override(String name, TypeName returns, Modifier visibility) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(visibility).returns(returns);
  }

  /** A call that may throw checked exceptions lets them through unchanged, as a direct call would. */
  private static void guarded(MethodSpec.Builder b, ExecutableElement m, CodeBlock body) {
    if (m.getThrownTypes().isEmpty()) {
      b.addCode(body);
      return;
    }
    b.beginControlFlow("try").addCode(body).nextControlFlow("catch ($T t)", Throwable.class)
        .addStatement("throw $T.rethrow(t)", ARGS).endControlFlow();
  }

  private CodeBlock arguments(ExecutableElement m) {
    List<CodeBlock> args = new ArrayList<>();
    for (int i = 0; i < m.getParameters().size(); i++) {
      args.add(cast("args[" + i + "]", m.getParameters().get(i).asType()));
    }
    return CodeBlock.join(args, ", ");
  }

  /** Does {@code value} fit type {@code t}: a boxed instance for primitives, else null or an instance. */
  private CodeBlock fits(String value, TypeMirror t) {
    if (t.getKind().isPrimitive()) {
      return CodeBlock.of("$L instanceof $T", value, TypeName.get(t).box());
    }
    TypeName erased = TypeName.get(types.erasure(t));
    if (erased.equals(ClassName.OBJECT)) {
      return CodeBlock.of("true");
    }
    return CodeBlock.of("($L == null || $L instanceof $T)", value, value, erased);
  }

  /** {@code value} as type {@code t}; primitives unbox explicitly so overload resolution picks the primitive one. */
  private CodeBlock cast(String value, TypeMirror t) {
    if (t.getKind().isPrimitive()) {
      TypeName p = TypeName.get(t);
      return CodeBlock.of("($T) ($T) $L", p, p.box(), value);
    }
    return CodeBlock.of("($T) $L", TypeName.get(types.erasure(t)), value);
  }

  private static String signature(ExecutableElement m) {
    return "(" + String.join(", ", m.getParameters().stream().map(p -> p.asType() + " " + p.getSimpleName()).toList())
        + ")";
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
