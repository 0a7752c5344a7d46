package dev.patina.checkers.units;

import org.checkerframework.framework.type.AnnotatedTypeMirror;
import org.checkerframework.framework.type.AnnotatedTypeMirror.AnnotatedDeclaredType;
import org.checkerframework.framework.type.AnnotatedTypeMirror.AnnotatedPrimitiveType;
import org.checkerframework.framework.type.typeannotator.TypeAnnotator;

/**
 * Gives every type that cannot carry a unit (objects other than the numeric boxes, arrays
 * themselves, {@code boolean}) the top qualifier, so that no assignment of such values is ever
 * checked: units concern numbers only, and generic code over objects is never a units error.
 */
final class NonNumericTypes extends TypeAnnotator {

  private final UnitsAnnotatedTypeFactory factory;

  NonNumericTypes(UnitsAnnotatedTypeFactory factory) {
    super(factory);
    this.factory = factory;
  }

  @Override
  public Void visitDeclared(AnnotatedDeclaredType type, Void p) {
    if (!factory.isNumeric(type.getUnderlyingType())) {
      type.replaceAnnotation(factory.top());
    }
    return super.visitDeclared(type, p);
  }

  @Override
  public Void visitPrimitive(AnnotatedPrimitiveType type, Void p) {
    if (!factory.isNumeric(type.getUnderlyingType())) {
      type.replaceAnnotation(factory.top());
    }
    return super.visitPrimitive(type, p);
  }

  @Override
  public Void visitArray(AnnotatedTypeMirror.AnnotatedArrayType type, Void p) {
    type.replaceAnnotation(factory.top());
    return super.visitArray(type, p);
  }

  @Override
  public Void visitNull(AnnotatedTypeMirror.AnnotatedNullType type, Void p) {
    type.replaceAnnotation(factory.bottom());
    return super.visitNull(type, p);
  }
}
