package dev.patina.processors.reflect;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The declared members of a {@code @Reflect} type, and which of them the generated table, a
 * top-level class in the same package, can reach.
 */
final class Members {
  final TypeElement type;
  final List<VariableElement> fields = new ArrayList<>();
  final List<VariableElement> enumConstants = new ArrayList<>();
  final List<ExecutableElement> constructors = new ArrayList<>();
  final List<ExecutableElement> methods = new ArrayList<>();
  private final Types types;
  private final PackageElement pkg;

  Members(TypeElement type, Elements elements, Types types) {
    this.type = type;
    this.types = types;
    this.pkg = elements.getPackageOf(type);
    for (Element e : type.getEnclosedElements()) {
      switch (e.getKind()) {
        case FIELD -> fields.add((VariableElement) e);
        case ENUM_CONSTANT -> enumConstants.add((VariableElement) e);
        case CONSTRUCTOR -> constructors.add((ExecutableElement) e);
        case METHOD -> methods.add((ExecutableElement) e);
        default -> { } // nested types get their own @Reflect, if any
      }
    }
  }

  /** Why the table cannot reach {@code member}, or null if it can. */
  String unreachable(Element member) {
    if (member.getKind() == ElementKind.CONSTRUCTOR && type.getKind() == ElementKind.ENUM) {
      return "enum constructors cannot be called; use the constants";
    }
    if (member.getModifiers().contains(Modifier.PRIVATE)) {
      return "private members are listed, but the generated table cannot reach them";
    }
    if (member instanceof VariableElement v && !visible(v.asType())) {
      return "its type is not visible from package " + pkg.getQualifiedName();
    }
    if (member instanceof ExecutableElement m) {
      if (m.getKind() == ElementKind.CONSTRUCTOR) {
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
          return "the class is abstract";
        }
        if (type.getNestingKind().isNested() && !type.getModifiers().contains(Modifier.STATIC)
            && type.getKind() == ElementKind.CLASS) {
          return "an inner class needs an enclosing instance; make it static";
        }
      }
      for (VariableElement p : m.getParameters()) {
        if (!visible(p.asType())) {
          return "parameter " + p.getSimpleName() + "'s type is not visible from package " + pkg.getQualifiedName();
        }
      }
    }
    return null;
  }

  boolean reachable(Element member) {
    return unreachable(member) == null;
  }

  boolean isStatic(Element member) {
    return member.getModifiers().contains(Modifier.STATIC);
  }

  /** Whether code in the table's package can name {@code t}'s erasure (in a cast or class literal). */
  boolean visible(TypeMirror t) {
    TypeMirror erased = types.erasure(t);
    if (erased instanceof ArrayType a) {
      return visible(a.getComponentType());
    }
    if (!(erased instanceof DeclaredType d)) {
      return true;
    }
    for (Element e = d.asElement(); e instanceof TypeElement te; e = te.getEnclosingElement()) {
      if (te.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      boolean samePackage = elementsPackage(te).equals(pkg);
      if (!samePackage && !te.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static PackageElement elementsPackage(Element e) {
    while (!(e instanceof PackageElement p)) {
      e = e.getEnclosingElement();
    }
    return p;
  }
}
