package dev.patina.checkers.ownership;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import dev.patina.checkers.ownership.OwnershipTypes.MethodModes;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Finds, before the flow analysis runs, every place in a method body where a name is in a position
 * that takes ownership: an argument to an {@code @Owned} parameter, the receiver of a {@code
 * @Consume} method, the right side of an assignment to an owning variable or field, a returned
 * value. Parentheses, casts, {@code ?:} branches and switch-expression arms pass the position on.
 */
final class MovePositions {

  /** Leaf trees (a name, {@code this.f}, {@code this}) that are moved, with how. */
  final Map<Tree, Site> moves = new IdentityHashMap<>();

  /** Moved leaves whose new holder is not tracked ({@code Object o = page}): tracking ends there. */
  final Map<Tree, String> escapes = new IdentityHashMap<>();

  /** Values stored into tracked fields that do not own them: a borrow stored there escapes. */
  final Map<Tree, String> fieldStores = new IdentityHashMap<>();

  /** Receivers of {@code @Mut} methods: they need an exclusive borrow or ownership. */
  final Map<Tree, String> mutReceivers = new IdentityHashMap<>();

  /** Arguments to {@code @Mut} parameters: lent exclusively for the call. */
  final Map<Tree, String> mutArguments = new IdentityHashMap<>();

  /** Left-hand sides of assignments: written, not read. */
  final Set<Tree> assignTargets = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /** Calls of a {@code @Consume} method on the implicit {@code this}. */
  final Set<MethodInvocationTree> implicitThisConsumed =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * Variables declared as try-with-resources resources: the try statement owns them and closes them
   * on every path, so its body only borrows them.
   */
  final Set<Element> resources = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * The last case of each exhaustive switch without a default (every switch expression, and pattern
   * switch statements): if even it does not match, javac throws, so its no-match branch is dead.
   */
  final Set<Tree> lastCasesOfExhaustive = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * Pattern bindings of those last cases, with the switch's selector variable (or null): the CFG
   * tests nothing there, so the binding takes the value where it is declared.
   */
  final Map<Element, Element> unconditionalBindings = new IdentityHashMap<>();

  /** Where each variable of the body is declared, pattern bindings included, for labels. */
  final Map<Element, Tree> declarations = new IdentityHashMap<>();

  /** The body's own {@code throw} statements (an {@code assert} becomes a throw only in the CFG). */
  final Set<Tree> throwStatements = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /** Existing variables named as resources ({@code try (c) ...}, Java 9): the try now owns them. */
  final Set<Tree> resourceNames = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * Receivers captured by a bound method reference that consumes them ({@code c::close}): the
   * reference is reported (P0507), and the value counts as gone, so it is not also a leak.
   */
  final Set<Tree> consumedByReference = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /** Catch-clause parameters: control reaching one has caught what was propagating. */
  final Set<Element> catchParameters = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  private final OwnershipTypes types;

  private MovePositions(OwnershipTypes types) {
    this.types = types;
  }

  /** Scans {@code body}, a method body or a lambda, with its result type for returns. */
  static MovePositions of(Tree body, OwnershipTypes types, TypeMirror resultType, boolean borrowedResult) {
    MovePositions p = new MovePositions(types);
    p.new Scanner(resultType, borrowedResult).scan(body, null);
    return p;
  }

  private void move(ExpressionTree expr, String how, boolean toTracked) {
    move(expr, how, toTracked, false);
  }

  private void move(ExpressionTree expr, String how, boolean toTracked, boolean outlives) {
    for (ExpressionTree leaf : leaves(expr)) {
      if (!types.isTracked(TreeUtils.typeOf(leaf))) {
        continue;
      }
      moves.put(leaf, new Site(leaf, how, outlives));
      if (!toTracked) {
        escapes.put(leaf, how);
      }
    }
  }

  /** The names and field accesses whose value {@code expr} passes on unchanged. */
  private static List<ExpressionTree> leaves(ExpressionTree expr) {
    List<ExpressionTree> out = new java.util.ArrayList<>();
    for (ExpressionTree e : ValueSources.of(expr)) {
      if (e instanceof IdentifierTree || e instanceof MemberSelectTree) {
        out.add(e);
      }
    }
    return out;
  }

  private final class Scanner extends TreeScanner<Void, Void> {
    private final TypeMirror resultType;
    private final boolean borrowedResult;

    Scanner(TypeMirror resultType, boolean borrowedResult) {
      this.resultType = resultType;
      this.borrowedResult = borrowedResult;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree inv, Void v) {
      ExecutableElement m = TreeUtils.elementFromUse(inv);
      if (m != null) {
        MethodModes modes = types.modes(m);
        String name = m.getSimpleName().toString();
        List<? extends ExpressionTree> args = inv.getArguments();
        for (int i = 0; i < args.size(); i++) {
          if (modes.ownsArgument(i)) {
            move(args.get(i), "moved into `" + name + "`", true);
          } else if (modes.mutArgument(i)) {
            for (ExpressionTree leaf : leaves(args.get(i))) {
              mutArguments.put(leaf, name);
            }
          }
        }
        if (modes.mutReceiver() && !modes.consumesReceiver() && TreeUtils.getReceiverTree(inv) != null) {
          for (ExpressionTree leaf : leaves(TreeUtils.getReceiverTree(inv))) {
            mutReceivers.put(leaf, name);
          }
        }
        if (modes.consumesReceiver()) {
          ExpressionTree receiver = TreeUtils.getReceiverTree(inv);
          if (receiver == null) {
            implicitThisConsumed.add(inv);
          } else {
            move(receiver, "consumed by `" + name + "()`", true);
          }
        }
      }
      return super.visitMethodInvocation(inv, v);
    }

    @Override
    public Void visitNewClass(NewClassTree nc, Void v) {
      ExecutableElement ctor = TreeUtils.elementFromUse(nc);
      if (ctor != null) {
        MethodModes modes = types.modes(ctor);
        List<? extends ExpressionTree> args = nc.getArguments();
        for (int i = 0; i < args.size(); i++) {
          if (modes.ownsArgument(i)) {
            move(args.get(i), "moved into `new " + ctor.getEnclosingElement().getSimpleName() + "`", true);
          }
        }
      }
      return super.visitNewClass(nc, v);
    }

    @Override
    public Void visitAssignment(AssignmentTree a, Void v) {
      assignTargets.add(a.getVariable());
      intoVariable(TreeUtils.elementFromUse(a.getVariable()), a.getExpression());
      return super.visitAssignment(a, v);
    }

    @Override
    public Void visitVariable(VariableTree var, Void v) {
      if (var.getInitializer() != null) {
        intoVariable(TreeUtils.elementFromDeclaration(var), var.getInitializer());
      }
      return super.visitVariable(var, v);
    }

    @Override
    public Void visitBindingPattern(com.sun.source.tree.BindingPatternTree b, Void v) {
      declarations.put(TreeUtils.elementFromDeclaration(b.getVariable()), b.getVariable());
      return super.visitBindingPattern(b, v);
    }

    private void intoVariable(Element target, ExpressionTree value) {
      if (!(target instanceof VariableElement var)) {
        return;
      }
      String name = var.getSimpleName().toString();
      if (var.getKind() == ElementKind.FIELD) {
        if (types.isOwnedField(var)) {
          move(value, "moved into field `" + name + "`", true, true);
        } else if (types.isTracked(var.asType())) {
          // a field that does not own: storing a value there moves nothing, but a borrow escapes
          for (ExpressionTree leaf : leaves(value)) {
            if (types.isTracked(TreeUtils.typeOf(leaf))) {
              fieldStores.put(leaf, "stored in field `" + name + "`");
            }
          }
        } else {
          move(value, "stored in `" + name + "`, of untracked type `" + var.asType() + "`", false);
        }
        return;
      }
      if (types.isTracked(var.asType())) {
        if (!types.isBorrowedLocal(var)) {
          move(value, "moved into `" + name + "`", true);
        }
      } else if (var.asType().getKind() == TypeKind.DECLARED || var.asType().getKind() == TypeKind.TYPEVAR) {
        move(value, "stored in `" + name + "`, of untracked type `" + var.asType() + "`", false);
      }
    }

    @Override
    public Void visitTry(TryTree t, Void v) {
      for (Tree resource : t.getResources()) {
        if (resource instanceof VariableTree var) {
          resources.add(TreeUtils.elementFromDeclaration(var));
        } else if (resource instanceof IdentifierTree id) {
          resourceNames.add(id); // 'try (c)': the statement takes the variable's value over
          resources.add(TreeUtils.elementFromUse(id));
        }
      }
      return super.visitTry(t, v);
    }

    @Override
    public Void visitSwitchExpression(SwitchExpressionTree sw, Void v) {
      markExhaustive(sw.getExpression(), sw.getCases(), true);
      return super.visitSwitchExpression(sw, v);
    }

    @Override
    public Void visitSwitch(com.sun.source.tree.SwitchTree sw, Void v) {
      markExhaustive(sw.getExpression(), sw.getCases(), false);
      return super.visitSwitch(sw, v);
    }

    private void markExhaustive(ExpressionTree selector, List<? extends CaseTree> cases, boolean expression) {
      boolean patterns = false;
      for (CaseTree c : cases) {
        for (com.sun.source.tree.CaseLabelTree label : c.getLabels()) {
          if (label instanceof com.sun.source.tree.DefaultCaseLabelTree) {
            return;
          }
          patterns |= label instanceof com.sun.source.tree.PatternCaseLabelTree;
        }
      }
      if ((expression || patterns) && !cases.isEmpty()) {
        CaseTree last = cases.get(cases.size() - 1);
        lastCasesOfExhaustive.add(last);
        Element source = leaves(selector).size() == 1 && leaves(selector).get(0) instanceof IdentifierTree id
            ? TreeUtils.elementFromUse(id) : null;
        for (com.sun.source.tree.CaseLabelTree label : last.getLabels()) {
          if (label instanceof com.sun.source.tree.PatternCaseLabelTree p
              && p.getPattern() instanceof com.sun.source.tree.BindingPatternTree b) {
            unconditionalBindings.put(TreeUtils.elementFromDeclaration(b.getVariable()), source);
          }
        }
      }
    }

    @Override
    public Void visitMemberReference(com.sun.source.tree.MemberReferenceTree ref, Void v) {
      ExecutableElement target = TreeUtils.elementFromUse(ref);
      if (target != null && types.modes(target).consumesReceiver()
          && ref.getQualifierExpression() instanceof IdentifierTree id
          && TreeUtils.elementFromUse(id) instanceof VariableElement) {
        consumedByReference.add(id);
      }
      return super.visitMemberReference(ref, v);
    }

    @Override
    public Void visitThrow(ThrowTree t, Void v) {
      throwStatements.add(t);
      return super.visitThrow(t, v);
    }

    @Override
    public Void visitCatch(CatchTree c, Void v) {
      catchParameters.add(TreeUtils.elementFromDeclaration(c.getParameter()));
      return super.visitCatch(c, v);
    }

    @Override
    public Void visitReturn(ReturnTree r, Void v) {
      if (r.getExpression() != null && !borrowedResult) {
        boolean tracked = resultType == null || types.isTracked(resultType);
        move(r.getExpression(), tracked ? "returned" : "returned as untracked `" + resultType + "`", tracked, true);
      }
      return super.visitReturn(r, v);
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree lambda, Void v) {
      // a lambda's returns hand their value to whoever calls the lambda
      MovePositions inner = MovePositions.of(lambda.getBody(), types, null, false);
      moves.putAll(inner.moves);
      escapes.putAll(inner.escapes);
      assignTargets.addAll(inner.assignTargets);
      implicitThisConsumed.addAll(inner.implicitThisConsumed);
      resources.addAll(inner.resources);
      resourceNames.addAll(inner.resourceNames);
      consumedByReference.addAll(inner.consumedByReference);
      fieldStores.putAll(inner.fieldStores);
      mutReceivers.putAll(inner.mutReceivers);
      mutArguments.putAll(inner.mutArguments);
      catchParameters.addAll(inner.catchParameters);
      throwStatements.addAll(inner.throwStatements);
      declarations.putAll(inner.declarations);
      lastCasesOfExhaustive.addAll(inner.lastCasesOfExhaustive);
      unconditionalBindings.putAll(inner.unconditionalBindings);
      if (lambda.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION) {
        move((ExpressionTree) lambda.getBody(), "returned from the lambda", true);
      }
      return null;
    }

    @Override
    public Void visitClass(ClassTree c, Void v) {
      return null; // a nested class's methods are checked on their own
    }

    @Override
    public Void visitMethod(MethodTree m, Void v) {
      return null;
    }
  }
}
