package dev.patina.processors.reflect;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;
import javax.lang.model.util.Types;

/** Java expressions that rebuild a type's metadata as {@code Meta} records at run time. */
final class MetadataCode {
  static final String RT = "dev.patina.runtime.reflect";
  static final ClassName META = ClassName.get(RT, "Meta");
  static final ClassName KIND = ClassName.get(RT, "Kind");
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName MAP = ClassName.get(Map.class);

  private final Elements elements;
  private final Types types;
  private final Members members;

  MetadataCode(Elements elements, Types types, Members members) {
    this.elements = elements;
    this.types = types;
    this.members = members;
  }

  CodeBlock type() {
    TypeElement t = members.type;
    TypeMirror sup = t.getSuperclass();
    boolean hasSuper = sup.getKind() != TypeKind.NONE;
    return CodeBlock.builder()
        .add("new $T(\n", META.nestedClass("Type")).indent()
        .add("$S,\n$T.$L,\n$L,\n$L,\n", t.getQualifiedName().toString(), KIND, kind(t), modifiers(t), typeParameters(t.getTypeParameters()))
        .add("$L,\n$L,\n", hasSuper ? CodeBlock.of("$S", sup.toString()) : CodeBlock.of("null"),
            hasSuper ? classLiteral(sup) : CodeBlock.of("null"))
        .add("$L,\n$L,\n$L)", list(t.getInterfaces(), i -> CodeBlock.of("$S", i.toString())),
            list(t.getInterfaces(), this::classLiteral), annotations(t))
        .unindent().build();
  }

  CodeBlock fields() {
    return list(members.fields, f -> CodeBlock.of("new $T($S, $S, $L, $L, $L, $L)", META.nestedClass("Field"),
        f.getSimpleName().toString(), f.asType().toString(), classLiteral(f.asType()), modifiers(f),
        annotations(f), members.reachable(f)));
  }

  CodeBlock components() {
    return list(members.type.getRecordComponents(), (RecordComponentElement c) -> CodeBlock.of(
        "new $T($S, $S, $L, $L)", META.nestedClass("Component"), c.getSimpleName().toString(),
        c.asType().toString(), classLiteral(c.asType()), annotations(c)));
  }

  CodeBlock enumConstants() {
    return list(members.enumConstants, c -> CodeBlock.of("$S", c.getSimpleName().toString()));
  }

  CodeBlock constructors() {
    return list(members.constructors, c -> CodeBlock.of("new $T($L, $L, $L, $L, $L)",
        META.nestedClass("Constructor"), modifiers(c), parameters(c), thrown(c), annotations(c),
        members.reachable(c)));
  }

  CodeBlock methods() {
    return list(members.methods, m -> CodeBlock.builder()
        .add("new $T($S, $S, $L, $L, $L,\n", META.nestedClass("Method"), m.getSimpleName().toString(),
            m.getReturnType().toString(), classLiteral(m.getReturnType()), modifiers(m),
            typeParameters(m.getTypeParameters()))
        .add("    $L, $L, $L, $L, $L)", parameters(m), thrown(m),
            m.getDefaultValue() == null ? CodeBlock.of("null") : CodeBlock.of("$S", source(m.getDefaultValue())),
            annotations(m), members.reachable(m))
        .build());
  }

  private CodeBlock parameters(ExecutableElement e) {
    return list(e.getParameters(), (VariableElement p) -> CodeBlock.of("new $T($S, $S, $L, $L)",
        META.nestedClass("Parameter"), p.getSimpleName().toString(), p.asType().toString(),
        classLiteral(p.asType()), annotations(p)));
  }

  private CodeBlock thrown(ExecutableElement e) {
    return list(e.getThrownTypes(), t -> CodeBlock.of("$S", t.toString()));
  }

  private CodeBlock typeParameters(List<? extends TypeParameterElement> ps) {
    return list(ps, p -> CodeBlock.of("new $T($S, $L)", META.nestedClass("TypeParameter"),
        p.getSimpleName().toString(),
        list(p.getBounds().stream().filter(b -> !b.toString().equals("java.lang.Object")).toList(),
            b -> CodeBlock.of("$S", b.toString()))));
  }

  /** Annotations kept in class files (CLASS or RUNTIME retention), with every value, defaults included. */
  CodeBlock annotations(Element e) {
    List<? extends AnnotationMirror> kept = e.getAnnotationMirrors().stream().filter(this::retained).toList();
    return list(kept, a -> {
      var values = elements.getElementValuesWithDefaults(a).entrySet().stream()
          .map(v -> CodeBlock.of("$T.entry($S, $S)", MAP, v.getKey().getSimpleName().toString(),
              source(v.getValue())))
          .collect(CodeBlock.joining(", "));
      return CodeBlock.of("new $T($S, $T.ofEntries($L))", META.nestedClass("Annotation"),
          ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString(), MAP, values);
    });
  }

  /** An annotation value as Java source: {@code "text"}, {@code 5L}, {@code pkg.Kind.A}, {@code Foo.class}, {@code {..}}. */
  String source(AnnotationValue value) {
    return value.accept(new SimpleAnnotationValueVisitor14<String, Void>() {
      @Override
      protected String defaultAction(Object constant, Void unused) {
        return elements.getConstantExpression(constant);
      }

      @Override
      public String visitType(TypeMirror t, Void unused) {
        return types.erasure(t) + ".class";
      }

      @Override
      public String visitEnumConstant(VariableElement c, Void unused) {
        return ((TypeElement) c.getEnclosingElement()).getQualifiedName() + "." + c.getSimpleName();
      }

      @Override
      public String visitAnnotation(AnnotationMirror a, Void unused) {
        return "@" + ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
            + a.getElementValues().entrySet().stream()
                .map(e -> e.getKey().getSimpleName() + " = " + source(e.getValue()))
                .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
      }

      @Override
      public String visitArray(List<? extends AnnotationValue> values, Void unused) {
        return values.stream().map(MetadataCode.this::source)
            .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
      }
    }, null);
  }

  private boolean retained(AnnotationMirror a) {
    var retention = a.getAnnotationType().asElement().getAnnotation(java.lang.annotation.Retention.class);
    return retention == null || retention.value() != RetentionPolicy.SOURCE;
  }

  /** The erased type as a class literal, or null where the table's package cannot name it. */
  CodeBlock classLiteral(TypeMirror t) {
    if (!members.visible(t)) {
      return CodeBlock.of("null");
    }
    return CodeBlock.of("$T.class", TypeName.get(types.erasure(t)));
  }

  private static CodeBlock modifiers(Element e) {
    return list(e.getModifiers().stream().toList(), (Modifier m) -> CodeBlock.of("$S", m.toString()));
  }

  private static String kind(TypeElement t) {
    return switch (t.getKind()) {
      case RECORD -> "RECORD";
      case ENUM -> "ENUM";
      case INTERFACE -> "INTERFACE";
      case ANNOTATION_TYPE -> "ANNOTATION";
      default -> "CLASS";
    };
  }

  static <E> CodeBlock list(List<? extends E> items, Function<E, CodeBlock> each) {
    if (items.isEmpty()) {
      return CodeBlock.of("$T.of()", LIST);
    }
    CodeBlock body = items.stream().map(each).collect(CodeBlock.joining(",\n"));
    return CodeBlock.builder().add("$T.of(\n", LIST).indent().add(body).unindent().add(")").build();
  }
}
