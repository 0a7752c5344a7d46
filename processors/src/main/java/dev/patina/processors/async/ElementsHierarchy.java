package dev.patina.processors.async;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The hierarchy as javac knows it, from the symbols of the compilation: the classes being compiled
 * need not be on any class path, and nothing is loaded.
 */
final class ElementsHierarchy implements Hierarchy {

  private final Elements elements;

  ElementsHierarchy(Elements elements) {
    this.elements = elements;
  }

  @Override
  public Optional<Info> info(String internalName) {
    TypeElement type = find(internalName);
    if (type == null) {
      return Optional.empty();
    }
    boolean isInterface = type.getKind().isInterface();
    String superName = isInterface ? null : internal(type.getSuperclass());
    List<String> interfaces = type.getInterfaces().stream().map(ElementsHierarchy::internalOf).toList();
    if (superName == null && !isInterface && !internalName.equals("java/lang/Object")) {
      superName = "java/lang/Object";
    }
    return Optional.of(new Info(isInterface, superName, interfaces));
  }

  private String internal(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED ? internalOf(type) : null;
  }

  private static String internalOf(TypeMirror type) {
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    StringBuilder name = new StringBuilder(element.getSimpleName());
    var outer = element.getEnclosingElement();
    while (outer.getKind().isClass() || outer.getKind().isInterface()) {
      name.insert(0, ((TypeElement) outer).getSimpleName() + "$");
      outer = outer.getEnclosingElement();
    }
    if (outer.getKind() == ElementKind.PACKAGE) {
      String pkg = outer.toString();
      if (!pkg.isEmpty()) {
        name.insert(0, pkg.replace('.', '/') + "/");
      }
    }
    return name.toString();
  }

  /**
   * The type with JVM internal name {@code internalName}: a {@code $} in a binary name is usually a
   * nested class, but may be part of a name, so each reading is tried from the most nested one.
   */
  private TypeElement find(String internalName) {
    String dotted = internalName.replace('/', '.');
    TypeElement direct = elements.getTypeElement(dotted.replace('$', '.'));
    if (direct != null && internalOf(direct.asType()).equals(internalName)) {
      return direct;
    }
    TypeElement plain = elements.getTypeElement(dotted);
    return plain != null && internalOf(plain.asType()).equals(internalName) ? plain : null;
  }
}
