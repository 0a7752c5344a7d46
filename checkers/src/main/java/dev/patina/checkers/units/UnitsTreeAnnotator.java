package dev.patina.checkers.units;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import dev.patina.units.algebra.BaseDimension;
import dev.patina.units.algebra.UnitOfMeasure;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import org.checkerframework.framework.type.AnnotatedTypeMirror;
import org.checkerframework.framework.type.treeannotator.TreeAnnotator;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The unit of each expression the framework does not type by itself: products and quotients (any
 * product is inferred), sums, the {@code Math} functions, {@code Units.convert}, and compile-time
 * constants (any unit).
 */
final class UnitsTreeAnnotator extends TreeAnnotator {

  static final UnitValue.Known RAD = new UnitValue.Known(UnitOfMeasure.of(BaseDimension.ANGLE));

  private final UnitsAnnotatedTypeFactory factory;
  private final Conversions conversions;

  UnitsTreeAnnotator(UnitsAnnotatedTypeFactory factory) {
    super(factory);
    this.factory = factory;
    this.conversions = new Conversions(factory);
  }

  @Override
  public Void visitBinary(BinaryTree tree, AnnotatedTypeMirror type) {
    if (!factory.isNumeric(type.getUnderlyingType())) {
      // comparisons, boolean logic and string concatenation: the result carries no unit
      type.replaceAnnotation(factory.one());
      return null;
    }
    UnitValue left = factory.unitOf(tree.getLeftOperand());
    UnitValue right = factory.unitOf(tree.getRightOperand());
    type.replaceAnnotation(factory.mirrorOf(binary(tree.getKind(), left, right)));
    return null;
  }

  @Override
  public Void visitCompoundAssignment(CompoundAssignmentTree tree, AnnotatedTypeMirror type) {
    if (factory.isNumeric(type.getUnderlyingType())) {
      UnitValue variable = factory.unitOf(tree.getVariable());
      UnitValue value = factory.unitOf(tree.getExpression());
      type.replaceAnnotation(factory.mirrorOf(binary(Operators.binaryOf(tree.getKind()), variable, value)));
    }
    return null;
  }

  static UnitValue binary(Tree.Kind kind, UnitValue left, UnitValue right) {
    return switch (kind) {
      case MULTIPLY -> UnitRules.times(left, right);
      case DIVIDE -> UnitRules.dividedBy(left, right);
      case PLUS, MINUS, REMAINDER, AND, OR, XOR -> UnitRules.sum(left, right);
      case LEFT_SHIFT, RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT -> left;
      default -> UnitValue.ONE;
    };
  }

  @Override
  public Void visitIdentifier(IdentifierTree tree, AnnotatedTypeMirror type) {
    constant(tree, type);
    return null;
  }

  @Override
  public Void visitMemberSelect(MemberSelectTree tree, AnnotatedTypeMirror type) {
    constant(tree, type);
    return null;
  }

  /** A compile-time constant without a declared unit ({@code Math.PI}, {@code static final int N = 3}) is any unit. */
  private void constant(ExpressionTree tree, AnnotatedTypeMirror type) {
    Element e = TreeUtils.elementFromUse(tree);
    if (e instanceof VariableElement v && v.getConstantValue() != null
        && factory.isNumeric(type.getUnderlyingType()) && !UnitsAnnotatedTypeFactory.hasExplicitUnit(v)) {
      type.replaceAnnotation(factory.bottom());
    }
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree tree, AnnotatedTypeMirror type) {
    KnownCalls kind = KnownCalls.of(tree);
    if (kind == KnownCalls.OTHER || !factory.isNumeric(type.getUnderlyingType())) {
      return null;
    }
    type.replaceAnnotation(factory.mirrorOf(resultOf(kind, tree)));
    return null;
  }

  private UnitValue resultOf(KnownCalls kind, MethodInvocationTree tree) {
    List<? extends ExpressionTree> args = tree.getArguments();
    UnitValue first = args.isEmpty() ? UnitValue.UNKNOWN : factory.unitOf(args.get(0));
    return switch (kind) {
      case KEEP, COPY_SIGN -> first;
      case SIGN, TRIG, TRANSCENDENTAL, TO_DEGREES -> UnitValue.ONE;
      case INVERSE_TRIG, ATAN2, TO_RADIANS -> RAD;
      // after a U0005 the result takes any unit, so that one mistake gives one error
      case SQRT -> UnitRules.root(first, 2).orElse(UnitValue.ANY);
      case CBRT -> UnitRules.root(first, 3).orElse(UnitValue.ANY);
      case POW -> pow(first, args.get(1));
      case SAME -> {
        UnitValue u = first;
        for (ExpressionTree a : args.subList(1, args.size())) {
          u = UnitRules.sum(u, factory.unitOf(a));
        }
        yield u;
      }
      case CONVERT, APPLY -> conversions.of(kind, tree)
          .flatMap(l -> Constants.string(l.to()))
          .flatMap(Constants::parse)
          .<UnitValue>map(UnitValue.Known::new)
          .orElse(UnitValue.UNKNOWN);
      case CONVERSION, OTHER -> UnitValue.UNKNOWN;
    };
  }

  private static UnitValue pow(UnitValue base, ExpressionTree exponent) {
    if (base instanceof UnitValue.Any || base.isOne()) {
      return base;
    }
    Optional<Integer> n = Constants.integer(exponent);
    if (n.isEmpty()) {
      // U0005 is reported for a quantity; the result takes any unit, as after any U0005
      return base instanceof UnitValue.Known ? UnitValue.ANY : UnitValue.UNKNOWN;
    }
    return UnitRules.pow(base, n.get()).orElse(UnitValue.UNKNOWN);
  }
}
