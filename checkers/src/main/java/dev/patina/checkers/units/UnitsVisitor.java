package dev.patina.checkers.units;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import dev.patina.checkers.diagnostics.Details;
import dev.patina.checkers.units.UnitRules.Agreement;
import dev.patina.units.algebra.UnitOfMeasure;
import java.util.List;
import java.util.function.BinaryOperator;
import javax.lang.model.element.ExecutableElement;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.common.basetype.BaseTypeVisitor;
import org.checkerframework.framework.type.AnnotatedTypeMirror;
import org.checkerframework.framework.type.AnnotatedTypeMirror.AnnotatedExecutableType;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Reports the units checker's diagnostics: operands of {@code + - % < == ...} and of {@code
 * Math.min/max} that disagree (U0001 different dimensions, U0002 different scales, U0003 a
 * unitless value), assignments, arguments and returns in the wrong unit, malformed or misplaced
 * {@code @Unit} (U0004, see {@link UnitAnnotations}), and roots and powers without a unit (U0005).
 */
public final class UnitsVisitor extends BaseTypeVisitor<UnitsAnnotatedTypeFactory> {

  private final UnitAnnotations annotations;
  private final CallChecks calls;
  private final UnitUsage usage;
  private final boolean checkAll;

  public UnitsVisitor(BaseTypeChecker checker) {
    super(checker);
    this.annotations = new UnitAnnotations((UnitsChecker) checker, this);
    this.calls = new CallChecks((UnitsChecker) checker, atypeFactory, this);
    this.usage = new UnitUsage(checker.getProcessingEnvironment());
    this.checkAll = checker.hasOption("unitsCheckAll");
  }

  @Override
  protected UnitsAnnotatedTypeFactory createTypeFactory() {
    return new UnitsAnnotatedTypeFactory(checker);
  }

  String text(String key) {
    return ((UnitsChecker) checker).text(key);
  }

  com.sun.source.util.SourcePositions positions() {
    return trees.getSourcePositions();
  }

  com.sun.source.tree.CompilationUnitTree compilationUnit() {
    return root;
  }

  boolean isNumeric(javax.lang.model.type.TypeMirror t) {
    return atypeFactory.isNumeric(t);
  }

  Details details() {
    return new Details(root, trees.getSourcePositions());
  }

  // --- never crash javac: one failing class or method is reported and skipped ---

  /**
   * Skips a top-level class that has nothing to do with units (see {@link UnitUsage}): the cost of
   * unannotated code is one scan of its trees, not a flow analysis.
   */
  @Override
  public void visit(com.sun.source.util.TreePath path) {
    if (path == null) {
      return;
    }
    try {
      if (!checkAll && !usage.uses(path.getLeaf())) {
        return;
      }
      super.visit(path);
    } catch (RuntimeException | AssertionError | StackOverflowError | LinkageError e) {
      // last resort: a failure outside any one class's or method's analysis (the usage scan)
      internalError(path.getLeaf(), "this file", e);
    }
  }

  @Override
  public void processClassTree(ClassTree tree) {
    try {
      super.processClassTree(tree);
    } catch (RuntimeException | AssertionError | StackOverflowError e) {
      internalError(tree, "class `" + tree.getSimpleName() + "`", e);
    }
  }

  @Override
  public void processMethodTree(String className, MethodTree tree) {
    try {
      super.processMethodTree(className, tree);
    } catch (RuntimeException | AssertionError | StackOverflowError e) {
      internalError(tree, "method `" + tree.getName() + "`", e);
    }
  }

  private void internalError(Tree at, String where, Throwable e) {
    String file = root == null ? "?" : root.getSourceFile().getName();
    StackTraceElement[] trace = e.getStackTrace();
    String cause = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + (trace.length > 0 ? " at " + trace[0] : "");
    checker.reportError(at, "units.internal", where + " in " + file, cause,
        details().help("please report this with the code; `@SuppressWarnings(\"units\")` skips it meanwhile"));
  }

  // --- U0004 ---

  @Override
  public Void visitAnnotation(AnnotationTree tree, Void p) {
    annotations.check(tree, getCurrentPath());
    return super.visitAnnotation(tree, p);
  }

  // --- operators ---

  @Override
  public Void visitBinary(BinaryTree tree, Void p) {
    Tree.Kind kind = tree.getKind();
    if (Operators.needsSameUnit(kind) && numeric(tree.getLeftOperand()) && numeric(tree.getRightOperand())) {
      String verb = Operators.verb(kind);
      requireSame(tree, tree.getLeftOperand(), tree.getRightOperand(),
          (a, b) -> "cannot " + verb + " " + a + " and " + b);
    }
    return super.visitBinary(tree, p);
  }

  /** The two branches of {@code c ? a : b} must have one unit, as the operands of {@code +}. */
  @Override
  public Void visitConditionalExpression(com.sun.source.tree.ConditionalExpressionTree tree, Void p) {
    if (numeric(tree.getTrueExpression()) && numeric(tree.getFalseExpression())) {
      requireSame(tree, tree.getTrueExpression(), tree.getFalseExpression(),
          (a, b) -> "the branches of `?:` give " + a + " and " + b);
    }
    return super.visitConditionalExpression(tree, p);
  }

  @Override
  public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void p) {
    Tree.Kind kind = Operators.binaryOf(tree.getKind());
    if (Operators.needsSameUnit(kind) && numeric(tree.getVariable()) && numeric(tree.getExpression())) {
      String variable = Names.source(tree.getVariable());
      requireSame(tree, tree.getVariable(), tree.getExpression(),
          (a, b) -> Operators.compoundHeadline(kind, variable, a, b));
    }
    return super.visitCompoundAssignment(tree, p);
  }

  private boolean numeric(ExpressionTree tree) {
    return atypeFactory.isNumeric(TreeUtils.typeOf(tree));
  }

  /**
   * Reports when {@code a} and {@code b} do not have one unit; {@code headline} gets both units as
   * shown to users ({@code `kg`}).
   */
  void requireSame(Tree at, ExpressionTree a, ExpressionTree b, BinaryOperator<String> headline) {
    requireSame(at, a, atypeFactory.unitOf(a), b, atypeFactory.unitOf(b), headline);
  }

  /** As above, with the units given ({@code b} may be a string naming {@code ub}). */
  void requireSame(Tree at, ExpressionTree a, UnitValue ua, ExpressionTree b, UnitValue ub,
      BinaryOperator<String> headline) {
    Agreement agreement = UnitRules.agree(ua, ub);
    switch (agreement) {
      case SAME -> { }
      case INCOMPARABLE -> {
        // an unknown unit is reported where it meets a declared one, not at every use
        if (ua instanceof UnitValue.Poly || ub instanceof UnitValue.Poly) {
          if (!(ua instanceof UnitValue.Unknown) && !(ub instanceof UnitValue.Unknown)) {
            checker.reportError(at, "U0001", headline.apply(ua.show(), ub.show()) + ": a `@PolyUnit` value may be in any unit",
                details());
          }
        }
      }
      case DIMENSION -> checker.reportError(at, "U0001",
          headline.apply(ua.show(), ub.show()) + ": the dimensions differ", details());
      case SCALE -> reportScale(at, headline.apply(ua.show(), ub.show()), a, known(ua), known(ub));
      case UNITLESS -> {
        boolean leftUnitless = ua.isOne();
        ExpressionTree unitless = leftUnitless ? a : b;
        UnitOfMeasure needed = known(leftUnitless ? ub : ua);
        String name = Names.of(unitless);
        String shownUnitless = name == null ? "a value with no unit" : "`" + name + "`, which has no unit";
        String h = leftUnitless
            ? headline.apply(shownUnitless, "`" + needed + "`")
            : headline.apply("`" + needed + "`", shownUnitless);
        checker.reportError(at, "U0003", h, unitlessHelp(unitless, needed));
      }
    }
  }

  private Details unitlessHelp(ExpressionTree unitless, UnitOfMeasure needed) {
    String name = Names.of(unitless);
    return name != null && Names.isVariable(unitless)
        ? details().help(String.format(text("help.U0003"), name, needed))
        : details().help(String.format(text("help.U0003.value"), needed));
  }

  void reportScale(Tree at, String headline, ExpressionTree convert, UnitOfMeasure from, UnitOfMeasure to) {
    String factor = from.factorTo(to).toString();
    checker.reportError(at, "U0002",
        headline + ": the same dimension at different scales (1 `" + from + "` = " + factor + " `" + to + "`)",
        details().help(String.format(text("help.U0002"), Names.source(convert), from, to)));
  }

  private static UnitOfMeasure known(UnitValue v) {
    return ((UnitValue.Known) v).unit();
  }

  // --- assignment, arguments, return ---

  @Override
  protected boolean commonAssignmentCheck(AnnotatedTypeMirror varType, AnnotatedTypeMirror valueType,
      Tree valueTree, String errorKey, Object... extraArgs) {
    if (!atypeFactory.isNumeric(varType.getUnderlyingType()) || !atypeFactory.isNumeric(valueType.getUnderlyingType())) {
      return super.commonAssignmentCheck(varType, valueType, valueTree, errorKey, extraArgs);
    }
    UnitValue target = atypeFactory.unitOf(varType);
    UnitValue value = atypeFactory.unitOf(valueType);
    if (target instanceof UnitValue.Unknown || UnitRules.agree(value, target) == Agreement.SAME) {
      return true;
    }
    Target where = Target.of(errorKey, extraArgs, getCurrentPath(), valueTree);
    String v = value.show();
    String t = target.show();
    Agreement agreement = UnitRules.agree(value, target);
    switch (agreement) {
      case SCALE -> reportScale(valueTree, where.headline(v, t),
          valueTree instanceof ExpressionTree e ? e : null, known(value), known(target));
      case UNITLESS -> {
        if (value.isOne()) {
          ExpressionTree e = valueTree instanceof ExpressionTree x ? x : null;
          String name = e == null ? null : Names.of(e);
          String shown = name == null ? "a value with no unit" : "`" + name + "`, which has no unit,";
          checker.reportError(valueTree, "U0003", where.headline(shown, t),
              e == null ? details() : unitlessHelp(e, known(target)));
        } else {
          checker.reportError(valueTree, "U0001", where.headline(v, t) + ": the dimensions differ", details());
        }
      }
      case DIMENSION -> checker.reportError(valueTree, "U0001", where.headline(v, t) + ": the dimensions differ", details());
      default -> {
        if (value instanceof UnitValue.Unknown) {
          checker.reportError(valueTree, "U0001", where.headline(v, t), details().help(text("help.unknown")));
        } else {
          checker.reportError(valueTree, "U0001", where.headline(v, t) + ": a `@PolyUnit` value may be in any unit", details());
        }
      }
    }
    return false;
  }

  /**
   * A cast keeps the unit; a cast written with a unit is the deliberate way to give a plain number
   * a unit ({@code (@Unit("m") double) raw}) or to drop one ({@code (@Unit("1") double) d}), but
   * not to change one unit into another (U0001, or U0002 with the conversion to write).
   */
  @Override
  protected void checkTypecastSafety(com.sun.source.tree.TypeCastTree tree) {
    AnnotatedTypeMirror castType = atypeFactory.getAnnotatedType(tree);
    if (!atypeFactory.isNumeric(castType.getUnderlyingType()) || !numeric(tree.getExpression())) {
      super.checkTypecastSafety(tree);
      return;
    }
    UnitValue to = atypeFactory.unitOf(castType);
    UnitValue from = atypeFactory.unitOf(tree.getExpression());
    if (!(to instanceof UnitValue.Known t) || !(from instanceof UnitValue.Known f) || t.equals(f)
        || t.unit().isOne() || f.unit().isOne()) {
      return;
    }
    String headline = "cannot cast `" + f.unit() + "` to `" + t.unit() + "`";
    if (f.unit().sameDimension(t.unit())) {
      reportScale(tree, headline, tree.getExpression(), f.unit(), t.unit());
    } else {
      checker.reportError(tree, "U0001", headline + ": the dimensions differ; a cast keeps the unit", details());
    }
  }

  /**
   * An override must keep the units of the method it overrides: the same unit for the result and
   * for each parameter (units are not inherited: an unannotated override is dimensionless).
   * Objects carry no unit, so nothing else of the override is checked here.
   */
  @Override
  protected boolean checkOverride(MethodTree tree, AnnotatedExecutableType overrider,
      org.checkerframework.framework.type.AnnotatedTypeMirror.AnnotatedDeclaredType overridingType,
      AnnotatedExecutableType overridden,
      org.checkerframework.framework.type.AnnotatedTypeMirror.AnnotatedDeclaredType overriddenType) {
    ExecutableElement base = overridden.getElement();
    String name = base.getEnclosingElement().getSimpleName() + "." + base.getSimpleName();
    // a library method without units (DoubleUnaryOperator.applyAsDouble) may be implemented in any unit
    boolean library = org.checkerframework.javacutil.ElementUtils.isElementFromByteCode(base);
    boolean ok = library && !mentionsUnit(base.getReturnType())
        || overrideAgrees(tree.getReturnType(), overrider.getReturnType(), overridden.getReturnType(),
            "`" + tree.getName() + "` returns %s, but `" + name + "`, which it overrides, returns %s");
    List<? extends com.sun.source.tree.VariableTree> params = tree.getParameters();
    for (int i = 0; i < params.size() && i < overrider.getParameterTypes().size()
        && i < overridden.getParameterTypes().size() && i < base.getParameters().size(); i++) {
      if (library && !UnitsAnnotatedTypeFactory.hasExplicitUnit(base.getParameters().get(i))) {
        continue;
      }
      ok &= overrideAgrees(params.get(i), overrider.getParameterTypes().get(i), overridden.getParameterTypes().get(i),
          "parameter `" + params.get(i).getName() + "` is in %s, but in `" + name + "`, which it overrides, in %s");
    }
    return ok;
  }

  private static boolean mentionsUnit(javax.lang.model.type.TypeMirror t) {
    return t.getAnnotationMirrors().stream().anyMatch(a -> {
      String n = a.getAnnotationType().toString();
      return n.equals(UnitsAnnotatedTypeFactory.UNIT) || n.equals(UnitsAnnotatedTypeFactory.POLY_UNIT);
    });
  }

  private boolean overrideAgrees(Tree at, AnnotatedTypeMirror mine, AnnotatedTypeMirror theirs, String headline) {
    if (at == null || !atypeFactory.isNumeric(mine.getUnderlyingType()) || !atypeFactory.isNumeric(theirs.getUnderlyingType())) {
      return true;
    }
    UnitValue a = atypeFactory.unitOf(mine);
    UnitValue b = atypeFactory.unitOf(theirs);
    Agreement agreement = UnitRules.agree(a, b);
    if (agreement == Agreement.SAME) {
      return true;
    }
    String h = String.format(headline, a.show(), b.show());
    checker.reportError(at, agreement == Agreement.SCALE ? "U0002" : "U0001",
        h + ": an override keeps the units of the method it overrides", details());
    return false;
  }

  /** A method of a boxed number may be called whatever its unit: {@code distance.doubleValue()}. */
  @Override
  protected boolean skipReceiverSubtypeCheck(MethodInvocationTree tree, AnnotatedTypeMirror methodDefinitionReceiver,
      AnnotatedTypeMirror methodCallReceiver) {
    return true;
  }

  @Override
  protected void checkConstructorResult(AnnotatedExecutableType constructorType, ExecutableElement constructorElement) {
    // objects carry no unit: the result of a constructor is never checked
  }

  // --- calls ---

  @Override
  public Void visitMethodInvocation(MethodInvocationTree tree, Void p) {
    KnownCalls kind = KnownCalls.of(tree);
    calls.check(kind, tree);
    return super.visitMethodInvocation(tree, p);
  }

  /** Where a value goes, for the headline of an assignment-like diagnostic. */
  private record Target(String kind, String name, String method) {

    static Target of(String errorKey, Object[] extraArgs, com.sun.source.util.TreePath path, Tree valueTree) {
      Tree leaf = path == null ? null : path.getLeaf();
      switch (errorKey) {
        case "argument" -> {
          String param = extraArgs.length > 0 ? String.valueOf(extraArgs[0]) : "?";
          String method = extraArgs.length > 1 ? String.valueOf(extraArgs[1]) : "the method";
          return new Target("argument", param, method);
        }
        case "return" -> {
          String method = "the method";
          for (com.sun.source.util.TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof MethodTree m) {
              method = m.getName().toString();
              break;
            }
          }
          return new Target("return", null, method);
        }
        default -> {
          String name = switch (leaf) {
            case VariableTree v -> v.getName().toString();
            case AssignmentTree a -> Names.source(a.getVariable());
            case CompoundAssignmentTree c -> Names.source(c.getVariable());
            case null, default -> null;
          };
          return new Target("assignment", name, null);
        }
      }
    }

    String headline(String value, String target) {
      // a declaration without @Unit is dimensionless: say so rather than "which is in `1`"
      boolean plain = target.equals("`1`");
      String isIn = plain ? "which has no unit" : "which is in " + target;
      return switch (kind) {
        case "argument" -> "cannot pass " + value + " as parameter `" + name + "` of `" + method + "`, " + isIn;
        case "return" -> "cannot return " + value + " from `" + method + "`, which returns "
            + (plain ? "a number without a unit" : target);
        default -> name == null
            ? "cannot use " + value + " where " + (plain ? "a number without a unit" : target) + " is required"
            : "cannot assign " + value + " to `" + name + "`, " + isIn;
      };
    }
  }

  /** Simple names of expressions for messages. */
  static final class Names {
    private Names() {}

    /** The name of a variable, field or method call, or null for other expressions. */
    static String of(ExpressionTree e) {
      return switch (e) {
        case IdentifierTree i -> i.getName().toString();
        case MemberSelectTree m -> m.toString();
        case MethodInvocationTree c -> c.getMethodSelect() + "(...)";
        default -> null;
      };
    }

    static boolean isVariable(ExpressionTree e) {
      return e instanceof IdentifierTree || e instanceof MemberSelectTree;
    }

    /** The expression as source text, shortened for a help line. */
    static String source(ExpressionTree e) {
      if (e == null) {
        return "x";
      }
      String s = e.toString();
      return s.length() <= 40 ? s : "x";
    }
  }
}
