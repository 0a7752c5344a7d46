package dev.patina.checkers.units;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Whether a class can have anything to do with units: it writes {@code @Unit} or {@code
 * @PolyUnit}, calls {@code Units}, or uses (calls, reads, overrides, implements with a lambda) a
 * declaration that carries a unit. A class that does none of these computes with dimensionless
 * numbers only, where no units diagnostic is possible, so the checker skips it without running
 * its flow analysis: unannotated code costs one scan of its trees.
 *
 * <p>{@link TreeScanner} returns {@code null} for a leaf it has nothing to say about (the {@code
 * double} of {@code double.class}, an empty list), so no result of a visit is ever unboxed here:
 * {@link #found} reads one.
 */
final class UnitUsage extends TreeScanner<Boolean, Void> {

  private final ProcessingEnvironment env;
  private final Elements elements;
  private final Types types;

  UnitUsage(ProcessingEnvironment env) {
    this.env = env;
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
  }

  boolean uses(Tree tree) {
    return found(scan(tree, null));
  }

  private static boolean found(Boolean result) {
    return Boolean.TRUE.equals(result);
  }

  @Override
  public Boolean reduce(Boolean a, Boolean b) {
    return found(a) || found(b);
  }

  @Override
  public Boolean visitAnnotation(AnnotationTree tree, Void p) {
    Element e = TreeUtils.elementFromTree(tree.getAnnotationType());
    if (e instanceof TypeElement t) {
      String name = t.getQualifiedName().toString();
      if (name.equals(UnitsAnnotatedTypeFactory.UNIT) || name.equals(UnitsAnnotatedTypeFactory.POLY_UNIT)) {
        return true;
      }
    }
    return super.visitAnnotation(tree, p);
  }

  @Override
  public Boolean visitMethodInvocation(MethodInvocationTree tree, Void p) {
    return carriesUnits(TreeUtils.elementFromUse(tree)) || found(super.visitMethodInvocation(tree, p));
  }

  @Override
  public Boolean visitNewClass(NewClassTree tree, Void p) {
    return carriesUnits(TreeUtils.elementFromUse(tree)) || found(super.visitNewClass(tree, p));
  }

  @Override
  public Boolean visitIdentifier(IdentifierTree tree, Void p) {
    return carriesUnits(TreeUtils.elementFromUse(tree));
  }

  @Override
  public Boolean visitMemberSelect(MemberSelectTree tree, Void p) {
    return carriesUnits(TreeUtils.elementFromUse(tree)) || found(super.visitMemberSelect(tree, p));
  }

  @Override
  public Boolean visitMemberReference(MemberReferenceTree tree, Void p) {
    return carriesUnits(TreeUtils.elementFromUse(tree)) || functionCarriesUnits(tree)
        || found(super.visitMemberReference(tree, p));
  }

  @Override
  public Boolean visitLambdaExpression(LambdaExpressionTree tree, Void p) {
    return functionCarriesUnits(tree) || found(super.visitLambdaExpression(tree, p));
  }

  @Override
  public Boolean visitMethod(MethodTree tree, Void p) {
    ExecutableElement m = TreeUtils.elementFromDeclaration(tree);
    if (m != null && m.getEnclosingElement() instanceof TypeElement owner && overridesUnits(m, owner)) {
      return true;
    }
    return super.visitMethod(tree, p);
  }

  private boolean functionCarriesUnits(ExpressionTree tree) {
    try {
      return carriesUnits(TreeUtils.findFunction(tree, env));
    } catch (RuntimeException e) {
      return true; // cannot tell: check the class
    }
  }

  private boolean overridesUnits(ExecutableElement m, TypeElement owner) {
    for (TypeMirror s : types.directSupertypes(owner.asType())) {
      if (s instanceof DeclaredType d && d.asElement() instanceof TypeElement superType
          && overridesUnitsIn(m, owner, superType)) {
        return true;
      }
    }
    return false;
  }

  private boolean overridesUnitsIn(ExecutableElement m, TypeElement owner, TypeElement type) {
    if (type.getQualifiedName().contentEquals("java.lang.Object")) {
      return false;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof ExecutableElement other && other.getSimpleName().equals(m.getSimpleName())
          && elements.overrides(m, other, owner) && carriesUnits(other)) {
        return true;
      }
    }
    for (TypeMirror s : types.directSupertypes(type.asType())) {
      if (s instanceof DeclaredType d && d.asElement() instanceof TypeElement t && overridesUnitsIn(m, owner, t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a declaration's type (a method's parameters and result) has a unit annotation. */
  private static boolean carriesUnits(Element e) {
    if (e instanceof ExecutableElement m) {
      if (m.getEnclosingElement() instanceof TypeElement t
          && (t.getQualifiedName().contentEquals(KnownCalls.UNITS_CLASS)
              || t.getQualifiedName().contentEquals(KnownCalls.CONVERSION_CLASS))) {
        return true;
      }
      if (mentions(m.getReturnType())) {
        return true;
      }
      for (VariableElement param : m.getParameters()) {
        if (mentions(param.asType())) {
          return true;
        }
      }
      return false;
    }
    return e instanceof VariableElement v && mentions(v.asType());
  }

  /** Whether a type mentions a unit annotation anywhere (its type arguments and components too). */
  private static boolean mentions(TypeMirror t) {
    for (javax.lang.model.element.AnnotationMirror a : t.getAnnotationMirrors()) {
      String name = a.getAnnotationType().toString();
      if (name.equals(UnitsAnnotatedTypeFactory.UNIT) || name.equals(UnitsAnnotatedTypeFactory.POLY_UNIT)) {
        return true;
      }
    }
    if (t instanceof javax.lang.model.type.ArrayType a) {
      return mentions(a.getComponentType());
    }
    if (t instanceof DeclaredType d) {
      for (TypeMirror arg : d.getTypeArguments()) {
        if (mentions(arg)) {
          return true;
        }
      }
    }
    return false;
  }
}
