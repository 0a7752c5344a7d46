package dev.patina.processors.reflect;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Types;

/**
 * The table's typed access: the accessor instances ({@link AccessorCode}'s classes) as constants,
 * and the three lookups the runtime's {@code GeneratedTable} builds everything else on: {@code
 * field(name)} and {@code overloads(name)}, a {@code switch} on the name that returns a constant,
 * and {@code constructorInvokers()}.
 */
final class AccessCode {
  static final ClassName ERROR = ClassName.get(MetadataCode.RT, "ReflectionException");
  private static final ClassName LIST = ClassName.get(List.class);

  private final Members members;
  private final TypeName target;
  private final AccessorCode accessors;
  private final Map<String, List<ExecutableElement>> methodsByName = new LinkedHashMap<>();

  AccessCode(Types types, Members members, TypeName target) {
    this.members = members;
    this.target = target;
    this.accessors = new AccessorCode(types, members, target);
    for (ExecutableElement m : members.methods) {
      methodsByName.computeIfAbsent(m.getSimpleName().toString(), k -> new ArrayList<>()).add(m);
    }
  }

  /** One class per reachable member. */
  List<TypeSpec> classes() {
    List<TypeSpec> out = new ArrayList<>();
    for (VariableElement f : reachableFields()) {
      out.add(accessors.field(f));
    }
    for (List<ExecutableElement> overloads : reachableOverloads().values()) {
      for (int i = 0; i < overloads.size(); i++) {
        out.add(accessors.method(overloads.get(i), i));
      }
    }
    List<ExecutableElement> cs = reachableConstructors();
    for (int i = 0; i < cs.size(); i++) {
      out.add(accessors.constructor(cs.get(i), i));
    }
    return out;
  }

  /** {@code FIELD_owner}, {@code OVERLOADS_deposit}, {@code CONSTRUCTOR_INVOKERS}: built once, after the metadata. */
  List<FieldSpec> constants() {
    List<FieldSpec> out = new ArrayList<>();
    for (VariableElement f : reachableFields()) {
      out.add(constant(ParameterizedTypeName.get(AccessorCode.FIELD_ACCESSOR, target), fieldConstant(f),
          CodeBlock.of("new $L()", AccessorCode.fieldClass(f))));
    }
    for (var e : reachableOverloads().entrySet()) {
      List<CodeBlock> items = new ArrayList<>();
      for (int i = 0; i < e.getValue().size(); i++) {
        items.add(CodeBlock.of("new $L()", AccessorCode.methodClass(e.getValue().get(i), i)));
      }
      out.add(constant(listOf(AccessorCode.METHOD_INVOKER), "OVERLOADS_" + e.getKey(),
          CodeBlock.of("$T.of($L)", LIST, CodeBlock.join(items, ", "))));
    }
    List<CodeBlock> items = new ArrayList<>();
    for (int i = 0; i < reachableConstructors().size(); i++) {
      items.add(CodeBlock.of("new $L()", AccessorCode.constructorClass(i)));
    }
    out.add(constant(listOf(AccessorCode.CONSTRUCTOR_INVOKER), "CONSTRUCTOR_INVOKERS",
        CodeBlock.of("$T.of($L)", LIST, CodeBlock.join(items, ", "))));
    return out;
  }

  /** {@code field}, {@code overloads}, {@code constructorInvokers} and, if none is reachable, why. */
  List<MethodSpec> lookups() {
    List<MethodSpec> out = new ArrayList<>();
    out.add(lookup("field", ParameterizedTypeName.get(AccessorCode.FIELD_ACCESSOR, target), fieldSwitch()));
    out.add(lookup("overloads", listOf(AccessorCode.METHOD_INVOKER), methodSwitch()));
    out.add(MethodSpec.methodBuilder("constructorInvokers").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(listOf(AccessorCode.CONSTRUCTOR_INVOKER))
        .addStatement("return CONSTRUCTOR_INVOKERS").build());
    if (reachableConstructors().isEmpty()) {
      out.add(MethodSpec.methodBuilder("noConstructorReason").addAnnotation(Override.class)
          .addModifiers(Modifier.PROTECTED).returns(String.class)
          .addStatement("return $S", noConstructorReason()).build());
    }
    return out;
  }

  private CodeBlock fieldSwitch() {
    CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("switch (name)");
    for (VariableElement f : members.fields) {
      String why = members.unreachable(f);
      if (why != null) {
        b.add("case $S -> throw $T.inaccessible(TYPE_NAME, $S, name, $S);\n", f.getSimpleName(), ERROR, "field", why);
      } else {
        b.add("case $S -> {\n$>return $L;\n$<}\n", f.getSimpleName(), fieldConstant(f));
      }
    }
    b.add("default -> throw $T.unknown(TYPE_NAME, $S, name, $L);\n", ERROR, "field",
        strings(reachableFields().stream().map(f -> f.getSimpleName().toString()).toList()));
    return b.endControlFlow().build();
  }

  private CodeBlock methodSwitch() {
    Map<String, List<ExecutableElement>> reachable = reachableOverloads();
    CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("switch (name)");
    for (var e : methodsByName.entrySet()) {
      if (reachable.containsKey(e.getKey())) {
        b.add("case $S -> {\n$>return OVERLOADS_$L;\n$<}\n", e.getKey(), e.getKey());
      } else {
        b.add("case $S -> throw $T.inaccessible(TYPE_NAME, $S, name, $S);\n", e.getKey(), ERROR, "method",
            members.unreachable(e.getValue().getFirst()));
      }
    }
    b.add("default -> throw $T.unknown(TYPE_NAME, $S, name, $L);\n", ERROR, "method",
        strings(List.copyOf(reachable.keySet())));
    return b.endControlFlow().build();
  }

  private String noConstructorReason() {
    if (members.type.getKind() == ElementKind.INTERFACE || members.type.getKind() == ElementKind.ANNOTATION_TYPE) {
      return "an interface has no constructors";
    }
    return members.constructors.isEmpty() ? "it declares no constructors"
        : "no constructor is accessible: " + members.unreachable(members.constructors.getFirst());
  }

  private MethodSpec lookup(String name, TypeName returns, CodeBlock body) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(returns).addParameter(String.class, "name").addCode(body).build();
  }

  private static String fieldConstant(VariableElement f) {
    return "FIELD_" + f.getSimpleName();
  }

  private List<VariableElement> reachableFields() {
    return members.fields.stream().filter(members::reachable).toList();
  }

  private Map<String, List<ExecutableElement>> reachableOverloads() {
    Map<String, List<ExecutableElement>> out = new LinkedHashMap<>();
    methodsByName.forEach((name, ms) -> {
      List<ExecutableElement> ok = ms.stream().filter(members::reachable).toList();
      if (!ok.isEmpty()) {
        out.put(name, ok);
      }
    });
    return out;
  }

  private List<ExecutableElement> reachableConstructors() {
    return members.constructors.stream().filter(members::reachable).toList();
  }

  private ParameterizedTypeName listOf(ClassName accessor) {
    return ParameterizedTypeName.get(LIST, ParameterizedTypeName.get(accessor, target));
  }

  private static FieldSpec constant(TypeName type, String name, CodeBlock init) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(init).build();
  }

  private static CodeBlock strings(List<String> items) {
    return CodeBlock.of("$T.of($L)", LIST, items.stream().map(s -> CodeBlock.of("$S", s)).collect(CodeBlock.joining(", ")));
  }
}
