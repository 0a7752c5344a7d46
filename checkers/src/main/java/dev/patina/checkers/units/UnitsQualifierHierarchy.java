package dev.patina.checkers.units;

import java.lang.annotation.Annotation;
import java.util.Collection;
import javax.lang.model.element.AnnotationMirror;
import org.checkerframework.framework.type.GenericAnnotatedTypeFactory;
import org.checkerframework.framework.type.MostlyNoElementQualifierHierarchy;
import org.checkerframework.framework.util.QualifierKind;
import org.checkerframework.javacutil.AnnotationUtils;

/**
 * The lattice: {@code @UnknownUnit} on top, one {@code @UnitOf(u)} per canonical unit u (none a
 * subtype of another: there is no implicit conversion), {@code @AnyUnit} at the bottom.
 */
final class UnitsQualifierHierarchy extends MostlyNoElementQualifierHierarchy {

  private final UnitsAnnotatedTypeFactory factory;

  UnitsQualifierHierarchy(Collection<Class<? extends Annotation>> qualifiers, UnitsAnnotatedTypeFactory factory) {
    super(qualifiers, factory.getElementUtils(), (GenericAnnotatedTypeFactory<?, ?, ?, ?>) factory);
    this.factory = factory;
  }

  @Override
  protected boolean isSubtypeWithElements(
      AnnotationMirror sub, QualifierKind subKind, AnnotationMirror sup, QualifierKind supKind) {
    return AnnotationUtils.areSame(sub, sup);
  }

  @Override
  protected AnnotationMirror leastUpperBoundWithElements(
      AnnotationMirror a, QualifierKind aKind, AnnotationMirror b, QualifierKind bKind, QualifierKind lubKind) {
    if (aKind == bKind) {
      return AnnotationUtils.areSame(a, b) ? a : factory.top();
    }
    // one has elements (a unit), the other is bottom or poly: the lub kind decides
    if (lubKind == aKind) {
      return a;
    }
    return lubKind == bKind ? b : factory.top();
  }

  @Override
  protected AnnotationMirror greatestLowerBoundWithElements(
      AnnotationMirror a, QualifierKind aKind, AnnotationMirror b, QualifierKind bKind, QualifierKind glbKind) {
    if (aKind == bKind) {
      return AnnotationUtils.areSame(a, b) ? a : factory.bottom();
    }
    if (glbKind == aKind) {
      return a;
    }
    return glbKind == bKind ? b : factory.bottom();
  }
}
