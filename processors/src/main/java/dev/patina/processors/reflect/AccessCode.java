package dev.patina.processors.reflect;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The bodies of the table's typed access: a {@code switch} on the member's name, then, per
 * overload, an argument-count and {@code instanceof} test and a direct call.
 */
final class AccessCode {
  static final ClassName ERROR = ClassName.get(MetadataCode.RT, "ReflectionException");
  static final ClassName ARGS = ClassName.get(MetadataCode.RT, "Args");
  private static final ClassName LIST = ClassName.get(List.class);

  private final Types types;
  private final Members members;
  private final TypeName target;

  AccessCode(Types types, Members members, TypeName target) {
    this.types = types;
    this.members = members;
    this.target = target;
  }

  /** Body of {@code Object get(T target, String name)}. */
  CodeBlock get() {
    CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("switch (name)");
    for (VariableElement f : members.fields) {
      String why = members.unreachable(f);
      if (why != null) {
        b.addStatement("case $S -> throw $T.inaccessible(TYPE_NAME, $S, name, $S)", name(f), ERROR, "field", why);
      } else {
        b.add("case $S -> {\n$>return $L;\n$<}\n", name(f), fieldRef(f));
      }
    }
    b.addStatement("default -> throw $T.unknown(TYPE_NAME, $S, name, $L)", ERROR, "field", names(reachableFields()));
    return b.endControlFlow().build();
  }

  /** Body of {@code void set(T target, String name, Object value)}. */
  CodeBlock set() {
    CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("switch (name)");
    for (VariableElement f : members.fields) {
      String why = members.unreachable(f);
      if (why != null) {
        b.addStatement("case $S -> throw $T.inaccessible(TYPE_NAME, $S, name, $S)", name(f), ERROR, "field", why);
      } else if (f.getModifiers().contains(Modifier.FINAL)) {
        b.addStatement("case $S -> throw $T.unsupported(TYPE_NAME, $S)", name(f), ERROR,
            "field '" + name(f) + "' is final and cannot be set");
      } else {
        b.beginControlFlow("case $S ->", name(f))
            .beginControlFlow("if (!$L)", parenthesized(fits("value", f.asType())))
            .addStatement("throw $T.noMatch(TYPE_NAME, name, new Object[] {value}, $T.of($S))", ERROR, LIST,
                f.asType().toString())
            .endControlFlow()
            .addStatement("$L = $L", fieldRef(f), cast("value", f.asType()))
            .endControlFlow();
      }
    }
    b.addStatement("default -> throw $T.unknown(TYPE_NAME, $S, name, $L)", ERROR, "field", names(reachableFields()));
    return b.endControlFlow().build();
  }

  /** Body of {@code Object invoke(T target, String name, Object... args)}. */
  CodeBlock invoke() {
    Map<String, List<ExecutableElement>> byName = new LinkedHashMap<>();
    for (ExecutableElement m : members.methods) {
      byName.computeIfAbsent(name(m), k -> new ArrayList<>()).add(m);
    }
    CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("switch (name)");
    List<String> reachable = new ArrayList<>();
    for (var e : byName.entrySet()) {
      List<ExecutableElement> ok = e.getValue().stream().filter(members::reachable).toList();
      if (ok.isEmpty()) {
        b.addStatement("case $S -> throw $T.inaccessible(TYPE_NAME, $S, name, $S)", e.getKey(), ERROR, "method",
            members.unreachable(e.getValue().getFirst()));
        continue;
      }
      reachable.add(e.getKey());
      b.beginControlFlow("case $S ->", e.getKey());
      for (ExecutableElement m : ok) {
        CodeBlock receiver = members.isStatic(m) ? CodeBlock.of("$T", target) : CodeBlock.of("target");
        CodeBlock call = CodeBlock.of("$L.$L($L)", receiver, name(m), arguments("args", m));
        b.beginControlFlow("if ($L)", test("args", m));
        guarded(b, m, m.getReturnType().getKind() == TypeKind.VOID
            ? CodeBlock.builder().addStatement("$L", call).addStatement("return null").build()
            : CodeBlock.builder().addStatement("return $L", call).build());
        b.endControlFlow();
      }
      b.addStatement("throw $T.noMatch(TYPE_NAME, name, args, $L)", ERROR, signatures(ok));
      b.endControlFlow();
    }
    b.addStatement("default -> throw $T.unknown(TYPE_NAME, $S, name, $L)", ERROR, "method", strings(reachable));
    return b.endControlFlow().build();
  }

  /** Body of {@code T construct(Object... args)}. */
  CodeBlock construct() {
    List<ExecutableElement> ok = members.constructors.stream().filter(members::reachable).toList();
    CodeBlock.Builder b = CodeBlock.builder();
    if (ok.isEmpty()) {
      String why = members.type.getKind() == ElementKind.INTERFACE || members.type.getKind() == ElementKind.ANNOTATION_TYPE
          ? "an interface has no constructors"
          : members.constructors.isEmpty() ? "it declares no constructors"
          : "no constructor is accessible: " + members.unreachable(members.constructors.getFirst());
      return b.addStatement("throw $T.unsupported(TYPE_NAME, $S)", ERROR, "cannot be constructed: " + why).build();
    }
    for (ExecutableElement c : ok) {
      b.beginControlFlow("if ($L)", test("args", c));
      guarded(b, c, CodeBlock.builder().addStatement("return new $T($L)", target, arguments("args", c)).build());
      b.endControlFlow();
    }
    return b.addStatement("throw $T.noMatch(TYPE_NAME, $S, args, $L)", ERROR, "<init>", signatures(ok)).build();
  }

  /** Body of {@code T fromComponents(Object... components)}. */
  CodeBlock fromComponents() {
    if (members.type.getKind() != ElementKind.RECORD) {
      return CodeBlock.builder().addStatement("throw $T.unsupported(TYPE_NAME, $S)", ERROR,
          "is not a record; fromComponents builds records only").build();
    }
    var types = members.type.getRecordComponents().stream().map(c -> c.asType()).toList();
    CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if ($L)", test("components", types));
    List<CodeBlock> args = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      args.add(cast("components[" + i + "]", types.get(i)));
    }
    return b.addStatement("return new $T($L)", target, CodeBlock.join(args, ", "))
        .endControlFlow()
        .addStatement("throw $T.noMatch(TYPE_NAME, $S, components, $T.of($S))", ERROR, "fromComponents", LIST,
            "(" + String.join(", ", types.stream().map(TypeMirror::toString).toList()) + ")")
        .build();
  }

  /** A call that may throw checked exceptions lets them through unchanged, as a direct call would. */
  private static void guarded(CodeBlock.Builder b, ExecutableElement m, CodeBlock body) {
    if (m.getThrownTypes().isEmpty()) {
      b.add(body);
      return;
    }
    b.beginControlFlow("try").add(body).nextControlFlow("catch ($T t)", Throwable.class)
        .addStatement("throw $T.rethrow(t)", ARGS).endControlFlow();
  }

  private CodeBlock fieldRef(VariableElement f) {
    return members.isStatic(f) ? CodeBlock.of("$T.$L", target, name(f)) : CodeBlock.of("target.$L", name(f));
  }

  private CodeBlock test(String array, ExecutableElement m) {
    return test(array, m.getParameters().stream().map(VariableElement::asType).toList());
  }

  private CodeBlock test(String array, List<TypeMirror> params) {
    List<CodeBlock> parts = new ArrayList<>();
    parts.add(CodeBlock.of("$L.length == $L", array, params.size()));
    for (int i = 0; i < params.size(); i++) {
      parts.add(fits(array + "[" + i + "]", params.get(i)));
    }
    return CodeBlock.join(parts, " && ");
  }

  private CodeBlock arguments(String array, ExecutableElement m) {
    List<CodeBlock> args = new ArrayList<>();
    for (int i = 0; i < m.getParameters().size(); i++) {
      args.add(cast(array + "[" + i + "]", m.getParameters().get(i).asType()));
    }
    return CodeBlock.join(args, ", ");
  }

  /** Does {@code value} fit a parameter of type {@code t}: boxed instance for primitives, else null or instance. */
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

  private static CodeBlock parenthesized(CodeBlock test) {
    String text = test.toString();
    return text.startsWith("(") ? test : CodeBlock.of("($L)", test);
  }

  private List<VariableElement> reachableFields() {
    return members.fields.stream().filter(members::reachable).toList();
  }

  private static CodeBlock signatures(List<ExecutableElement> overloads) {
    return strings(overloads.stream().map(m -> "(" + String.join(", ",
        m.getParameters().stream().map(p -> p.asType().toString()).toList()) + ")").toList());
  }

  private static CodeBlock names(List<VariableElement> fields) {
    return strings(fields.stream().map(AccessCode::name).toList());
  }

  private static CodeBlock strings(List<String> items) {
    return CodeBlock.of("$T.of($L)", LIST, items.stream().map(s -> CodeBlock.of("$S", s)).collect(CodeBlock.joining(", ")));
  }

  private static String name(javax.lang.model.element.Element e) {
    return e.getSimpleName().toString();
  }
}
