package dev.patina.processors.struct;

import dev.patina.derive.Length;
import dev.patina.derive.Order;
import dev.patina.derive.Repr;
import dev.patina.derive.Struct;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Turns {@code @Struct} records into {@link StructModel}s, following nested structs (which may
 * come from another compilation unit or a jar) and rejecting what has no fixed layout.
 */
final class StructReader {

  /** The code of a component type with no fixed layout. */
  static final String NO_LAYOUT = "S0001";
  /** The code of a struct that contains itself. */
  static final String RECURSIVE = "S0002";
  /** The code of an array component without {@code @Length}. */
  static final String NO_LENGTH = "S0003";
  /** The code of {@code @Struct} on something that is not a record the generated code can use. */
  static final String NOT_A_RECORD = "S0004";
  /** The code of a {@code @Length} below 1 or on a component that is not an array. */
  static final String BAD_LENGTH = "S0005";

  /** The code of a component whose name is taken by a method every view has. */
  static final String RESERVED_NAME = "S0006";
  /** The code of a failure inside the processor itself. */
  static final String INTERNAL = "S0007";

  /** The view's own methods, which a component's accessors would clash with. */
  static final java.util.Set<String> VIEW_METHODS =
      java.util.Set.of("bind", "at", "boundSegment", "boundOffset", "read", "write");

  private final Elements elements;
  private final Map<TypeElement, StructModel> done = new HashMap<>();
  private final Deque<TypeElement> inProgress = new ArrayDeque<>();

  StructReader(Elements elements) {
    this.elements = elements;
  }

  /** The model of {@code type}, which carries {@code @Struct}; throws the first mistake found. */
  StructModel read(TypeElement type) throws StructError {
    StructModel known = done.get(type);
    if (known != null) {
      return known;
    }
    checkDeclaration(type);
    inProgress.push(type);
    try {
      Struct struct = type.getAnnotation(Struct.class);
      Repr repr = struct.repr();
      Order order = struct.order();
      List<StructModel.Component> components = new ArrayList<>();
      Map<String, RecordComponentElement> constants = new HashMap<>();
      for (RecordComponentElement c : type.getRecordComponents()) {
        RecordComponentElement same =
            constants.putIfAbsent(Names.upperSnake(c.getSimpleName().toString()), c);
        if (same != null) {
          throw new StructError(
              RESERVED_NAME,
              c,
              "components `" + same.getSimpleName() + "` and `" + c.getSimpleName()
                  + "` would both give the constant `"
                  + Names.offsetConstant(c.getSimpleName().toString()) + "` in `"
                  + type.getSimpleName() + "Layout`",
              "rename one of them");
        }
        if (VIEW_METHODS.contains(c.getSimpleName().toString())) {
          throw new StructError(
              RESERVED_NAME,
              c,
              "component `" + c.getSimpleName() + "` has the name of a method of the generated `"
                  + type.getSimpleName() + "View`, so its accessor would clash with it",
              "rename the component; a view reserves " + String.join(", ",
                  new java.util.TreeSet<>(VIEW_METHODS)));
        }
        components.add(new StructModel.Component(c.getSimpleName().toString(), fieldType(c)));
      }
      String pkg = elements.getPackageOf(type).getQualifiedName().toString();
      String relative = relativeName(type);
      StructModel model =
          StructModel.layOut(pkg, relative, relative.replace('.', '_'), repr, order, components);
      done.put(type, model);
      return model;
    } finally {
      inProgress.pop();
    }
  }

  private static void checkDeclaration(TypeElement type) throws StructError {
    if (type.getKind() != ElementKind.RECORD) {
      throw new StructError(
          NOT_A_RECORD,
          type,
          "@Struct is on " + article(type.getKind()) + " `" + type.getSimpleName()
              + "`, but only a record has a fixed list of components to lay out",
          "declare it as `record " + type.getSimpleName() + "(...)` with primitive, @Length array"
              + " or @Struct record components");
    }
    if (!type.getTypeParameters().isEmpty()) {
      throw new StructError(
          NOT_A_RECORD,
          type,
          "@Struct record `" + type.getSimpleName() + "` is generic, so its layout is not fixed",
          "give each instantiation its own record with concrete component types");
    }
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS
          || t.getModifiers().contains(Modifier.PRIVATE)) {
        throw new StructError(
            NOT_A_RECORD,
            type,
            "@Struct record `" + type.getSimpleName() + "` is " + (t == type ? "" : "inside a type"
                + " that is ") + (t.getModifiers().contains(Modifier.PRIVATE) ? "private" : "local")
                + ", so the generated `" + type.getSimpleName() + "View` cannot name it",
            "declare it at the top level of its file or as a non-private nested record");
      }
    }
  }

  private FieldType fieldType(RecordComponentElement component) throws StructError {
    TypeMirror type = component.asType();
    Length length = component.getAnnotation(Length.class);
    if (type instanceof ArrayType array) {
      if (length == null) {
        throw new StructError(
            NO_LENGTH,
            component,
            "array component `" + component.getSimpleName() + "` has no @Length, so the struct's"
                + " size is unknown",
            "give the number of elements, as C does with `T " + component.getSimpleName()
                + "[16]`: `@Length(16) " + type + " " + component.getSimpleName() + "`");
      }
      if (length.value() < 1) {
        throw new StructError(
            BAD_LENGTH,
            component,
            "@Length(" + length.value() + ") on `" + component.getSimpleName()
                + "`: an array in a struct has at least one element",
            "use a length of 1 or more, or remove the component");
      }
      if (array.getComponentType() instanceof ArrayType) {
        throw new StructError(
            NO_LAYOUT,
            component,
            "component `" + component.getSimpleName() + "` is an array of arrays (`" + type
                + "`), and @Length fixes only one dimension",
            "wrap the inner array in a @Struct record with its own @Length component");
      }
      return new FieldType.Array(elementType(component, array.getComponentType()), length.value());
    }
    if (length != null) {
      throw new StructError(
          BAD_LENGTH,
          component,
          "@Length on `" + component.getSimpleName() + "`, which is a `" + type
              + "` and not an array",
          "remove @Length, or make the component an array");
    }
    return elementType(component, type);
  }

  private FieldType elementType(RecordComponentElement component, TypeMirror type)
      throws StructError {
    if (type.getKind().isPrimitive()) {
      return Primitive.ofJavaName(type.getKind().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement() instanceof TypeElement nested
        && nested.getAnnotation(Struct.class) != null) {
      if (inProgress.contains(nested)) {
        throw recursion(component, nested);
      }
      return new FieldType.Nested(read(nested));
    }
    throw new StructError(
        NO_LAYOUT,
        component,
        "component `" + component.getSimpleName() + "` has type `" + type
            + "`, which has no fixed memory layout",
        type.getKind() == TypeKind.DECLARED
                && ((DeclaredType) type).asElement().getKind() == ElementKind.RECORD
            ? "annotate `" + ((DeclaredType) type).asElement().getSimpleName()
                + "` with @Struct to embed it by value"
            : "a struct holds primitives, @Length arrays of them and @Struct records; store a"
                + " string as `@Length(n) byte[]` and an object as an index or handle");
  }

  private StructError recursion(RecordComponentElement component, TypeElement nested) {
    List<String> cycle = new ArrayList<>();
    for (var it = inProgress.descendingIterator(); it.hasNext(); ) {
      TypeElement t = it.next();
      if (!cycle.isEmpty() || t.equals(nested)) {
        cycle.add(t.getSimpleName().toString());
      }
    }
    cycle.add(nested.getSimpleName().toString());
    return new StructError(
        RECURSIVE,
        component,
        "component `" + component.getSimpleName() + "` makes `" + nested.getSimpleName()
            + "` contain itself (" + String.join(" -> ", cycle) + "), so its size would be"
            + " infinite",
        "a struct cannot hold itself by value; store an index or offset of the other record"
            + " (an `int` or `long`) instead");
  }

  private static String relativeName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element e = type.getEnclosingElement(); !(e instanceof PackageElement);
        e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + ".");
    }
    return name.toString();
  }

  private static String article(ElementKind kind) {
    String k = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return ("aeiou".indexOf(k.charAt(0)) >= 0 ? "an " : "a ") + k;
  }
}
