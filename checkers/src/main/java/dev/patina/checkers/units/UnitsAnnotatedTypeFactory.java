package dev.patina.checkers.units;

import dev.patina.checkers.units.qual.AnyUnit;
import dev.patina.checkers.units.qual.PolyUnitOf;
import dev.patina.checkers.units.qual.UnitOf;
import dev.patina.checkers.units.qual.UnknownUnit;
import dev.patina.units.PolyUnit;
import dev.patina.units.algebra.UnitOfMeasure;
import dev.patina.units.algebra.UnitSyntaxException;
import com.sun.source.tree.ExpressionTree;
import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.common.basetype.BaseAnnotatedTypeFactory;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.framework.flow.CFAbstractAnalysis;
import org.checkerframework.framework.flow.CFStore;
import org.checkerframework.framework.flow.CFTransfer;
import org.checkerframework.framework.flow.CFValue;
import org.checkerframework.framework.qual.TypeUseLocation;
import org.checkerframework.framework.type.AnnotatedTypeMirror;
import org.checkerframework.framework.type.AnnotatedTypeMirror.AnnotatedExecutableType;
import org.checkerframework.framework.type.QualifierHierarchy;
import org.checkerframework.framework.type.treeannotator.ListTreeAnnotator;
import org.checkerframework.framework.type.treeannotator.TreeAnnotator;
import org.checkerframework.framework.type.typeannotator.ListTypeAnnotator;
import org.checkerframework.framework.type.typeannotator.TypeAnnotator;
import org.checkerframework.framework.util.defaults.QualifierDefaults;
import org.checkerframework.javacutil.AnnotationBuilder;
import org.checkerframework.javacutil.AnnotationUtils;
import org.checkerframework.javacutil.ElementUtils;

/**
 * Maps the user's {@code @Unit("expr")} onto the internal {@code @UnitOf(canonical)} qualifier,
 * gives unannotated fields, parameters and results the dimensionless unit {@code 1}, unannotated
 * locals the top qualifier (so that flow refinement gives them the unit of what is assigned), and
 * literals and compile-time constants the bottom qualifier (any unit). The unit of each operation
 * comes from {@link UnitsTreeAnnotator}.
 */
public final class UnitsAnnotatedTypeFactory extends BaseAnnotatedTypeFactory {

  static final String UNIT = "dev.patina.units.Unit";
  static final String POLY_UNIT = "dev.patina.units.PolyUnit";

  private final AnnotationMirror top;
  private final AnnotationMirror bottom;
  private final AnnotationMirror poly;
  private final AnnotationMirror one;
  private final Map<String, AnnotationMirror> mirrorsByExpression = new HashMap<>();
  private final Map<String, UnitValue> valuesByCanonical = new HashMap<>();

  @SuppressWarnings("this-escape")
  public UnitsAnnotatedTypeFactory(BaseTypeChecker checker) {
    super(checker);
    top = AnnotationBuilder.fromClass(elements, UnknownUnit.class);
    bottom = AnnotationBuilder.fromClass(elements, AnyUnit.class);
    poly = AnnotationBuilder.fromClass(elements, PolyUnitOf.class);
    one = mirrorOf(UnitOfMeasure.ONE);
    addAliasedTypeAnnotation(PolyUnit.class, poly);
    postInit();
  }

  @Override
  protected Set<Class<? extends Annotation>> createSupportedTypeQualifiers() {
    return Set.of(UnknownUnit.class, UnitOf.class, AnyUnit.class, PolyUnitOf.class);
  }

  @Override
  protected QualifierHierarchy createQualifierHierarchy() {
    return new UnitsQualifierHierarchy(getSupportedTypeQualifiers(), this);
  }

  @Override
  protected void addCheckedCodeDefaults(QualifierDefaults defs) {
    defs.addCheckedCodeDefault(one, TypeUseLocation.OTHERWISE);
    defs.addCheckedCodeDefaults(top, new TypeUseLocation[] {
        TypeUseLocation.LOCAL_VARIABLE, TypeUseLocation.RESOURCE_VARIABLE,
        TypeUseLocation.EXCEPTION_PARAMETER, TypeUseLocation.IMPLICIT_UPPER_BOUND});
    defs.addCheckedCodeDefault(bottom, TypeUseLocation.IMPLICIT_LOWER_BOUND);
  }

  @Override
  protected TreeAnnotator createTreeAnnotator() {
    return new ListTreeAnnotator(new UnitsTreeAnnotator(this), super.createTreeAnnotator());
  }

  @Override
  protected TypeAnnotator createTypeAnnotator() {
    return new ListTypeAnnotator(super.createTypeAnnotator(), new NonNumericTypes(this));
  }

  @Override
  public CFTransfer createFlowTransferFunction(CFAbstractAnalysis<CFValue, CFStore, CFTransfer> analysis) {
    return new UnitsTransfer(analysis, this);
  }

  /**
   * {@code @Unit("km/h")} becomes {@code @UnitOf("km/h")}; a malformed one becomes any unit, so that
   * the U0004 that reports it is the only error it causes.
   */
  @Override
  public AnnotationMirror canonicalAnnotation(AnnotationMirror a) {
    if (AnnotationUtils.areSameByName(a, UNIT)) {
      String expression = AnnotationUtils.getElementValueNotOnClasspath(a, "value", String.class, "");
      return mirrorsByExpression.computeIfAbsent(expression, e -> {
        try {
          return mirrorOf(UnitOfMeasure.parse(e));
        } catch (UnitSyntaxException | ArithmeticException bad) {
          return bottom;
        }
      });
    }
    return super.canonicalAnnotation(a);
  }

  /**
   * Library methods compiled without units accept any unit in their unannotated parameters ({@code
   * println(distance)}, {@code Double.compare(a, b)}); methods of the code being checked do not.
   * Patina's own {@code Units} helper is a library even when compiled in the same run.
   */
  @Override
  public void methodFromUsePreSubstitution(ExpressionTree tree, AnnotatedExecutableType type, boolean resolvePolyQuals) {
    super.methodFromUsePreSubstitution(tree, type, resolvePolyQuals);
    ExecutableElement m = type.getElement();
    if (m == null || !(ElementUtils.isElementFromByteCode(m) || isUnitsHelper(m))) {
      return;
    }
    List<AnnotatedTypeMirror> params = type.getParameterTypes();
    for (int i = 0; i < params.size() && i < m.getParameters().size(); i++) {
      if (isNumeric(params.get(i).getUnderlyingType()) && !hasExplicitUnit(m.getParameters().get(i))) {
        params.get(i).replaceAnnotation(top);
      }
    }
  }

  /** {@code Units.convert} takes a value in any unit; the checker checks it against the literal units. */
  private static boolean isUnitsHelper(ExecutableElement m) {
    return m.getEnclosingElement() instanceof TypeElement t
        && (t.getQualifiedName().contentEquals(KnownCalls.UNITS_CLASS)
            || t.getQualifiedName().contentEquals(KnownCalls.CONVERSION_CLASS));
  }

  AnnotationMirror top() {
    return top;
  }

  AnnotationMirror bottom() {
    return bottom;
  }

  AnnotationMirror one() {
    return one;
  }

  AnnotationMirror mirrorOf(UnitOfMeasure unit) {
    AnnotationBuilder b = new AnnotationBuilder(processingEnv, UnitOf.class);
    b.setValue("value", unit.canonical());
    return b.build();
  }

  AnnotationMirror mirrorOf(UnitValue v) {
    return switch (v) {
      case UnitValue.Known k -> k.unit().isOne() ? one : mirrorOf(k.unit());
      case UnitValue.Any a -> bottom;
      case UnitValue.Poly p -> poly;
      case UnitValue.Unknown u -> top;
    };
  }

  /** The unit of an expression, as the checker knows it at that point of the flow. */
  UnitValue unitOf(ExpressionTree tree) {
    return unitOf(getAnnotatedType(tree));
  }

  UnitValue unitOf(AnnotatedTypeMirror type) {
    return valueOf(type.getPrimaryAnnotationInHierarchy(top));
  }

  UnitValue valueOf(AnnotationMirror a) {
    if (a == null || AnnotationUtils.areSame(a, top)) {
      return UnitValue.UNKNOWN;
    }
    if (AnnotationUtils.areSame(a, bottom)) {
      return UnitValue.ANY;
    }
    if (AnnotationUtils.areSame(a, poly)) {
      return UnitValue.POLY;
    }
    String canonical = AnnotationUtils.getElementValueNotOnClasspath(a, "value", String.class, "1");
    return valuesByCanonical.computeIfAbsent(canonical, c -> new UnitValue.Known(UnitOfMeasure.parse(c)));
  }

  /**
   * Whether units apply to values of this type: the numeric primitives and their boxes ({@code
   * char} too, since it takes part in arithmetic; it is dimensionless unless annotated).
   */
  boolean isNumeric(TypeMirror t) {
    TypeKind k = t.getKind();
    if (k == TypeKind.DOUBLE || k == TypeKind.FLOAT || k == TypeKind.LONG || k == TypeKind.INT
        || k == TypeKind.SHORT || k == TypeKind.BYTE || k == TypeKind.CHAR) {
      return true;
    }
    if (k != TypeKind.DECLARED) {
      return false;
    }
    Element e = types.asElement(t);
    return e instanceof TypeElement te && switch (te.getQualifiedName().toString()) {
      case "java.lang.Double", "java.lang.Float", "java.lang.Long", "java.lang.Integer",
          "java.lang.Short", "java.lang.Byte", "java.lang.Character" -> true;
      default -> false;
    };
  }

  /** Whether {@code e}'s type carries a unit annotation written by the user. */
  static boolean hasExplicitUnit(Element e) {
    for (AnnotationMirror a : e.asType().getAnnotationMirrors()) {
      if (isUnitAnnotation(a)) {
        return true;
      }
    }
    for (AnnotationMirror a : e.getAnnotationMirrors()) {
      if (isUnitAnnotation(a)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnitAnnotation(AnnotationMirror a) {
    String name = AnnotationUtils.annotationName(a);
    return name.equals(UNIT) || name.equals(POLY_UNIT);
  }
}
