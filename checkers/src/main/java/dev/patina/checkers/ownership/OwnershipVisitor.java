package dev.patina.checkers.ownership;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.patina.checkers.diagnostics.Details;
import dev.patina.checkers.ownership.OwnershipTypes.MethodModes;
import dev.patina.ownership.Consume;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import org.checkerframework.framework.source.SourceVisitor;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Walks each compilation unit: runs the flow analysis ({@link MethodAnalysis}) on every method and
 * lambda that touches a tracked type, and checks the rules that need no flow — values created and
 * dropped (P1002) and consuming {@code this} from a method that only borrows it (P0507).
 */
final class OwnershipVisitor extends SourceVisitor<Void, Void> {

  private final OwnershipChecker checker;
  private final OwnershipTypes types;
  private final OverrideModes overrides;
  /** The methods being visited, innermost first; lambdas and nested classes push too. */
  private final Deque<Tree> enclosing = new ArrayDeque<>();

  OwnershipVisitor(OwnershipChecker checker, OwnershipTypes types) {
    super(checker);
    this.checker = checker;
    this.types = types;
    this.overrides = new OverrideModes(types);
  }

  @Override
  public void visit(TreePath path) {
    try {
      super.visit(path);
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      // last resort: a failure outside any one method's analysis
      internalError(path.getLeaf(), "this file", e);
    }
  }

  @Override
  public Void visitMethod(MethodTree method, Void p) {
    enclosing.push(method);
    try {
      analyze(method, () -> {
        checkOverride(method);
        if (method.getBody() != null && TrackedUse.in(method, types)) {
          MethodAnalysis.ofMethod(checker, types, root, getCurrentPath(), method).run();
        }
      });
      return super.visitMethod(method, p);
    } finally {
      enclosing.pop();
    }
  }

  /** P0053: the override must hold what it is given the way the overridden method does. */
  private void checkOverride(MethodTree method) {
    ExecutableElement e = TreeUtils.elementFromDeclaration(method);
    if (e == null) {
      return;
    }
    for (OverrideModes.Mismatch m : overrides.check(e)) {
      String where = m.overridden().getEnclosingElement().getSimpleName() + "." + m.overridden().getSimpleName();
      Details d = details();
      Tree superTree = trees.getTree(m.overridden());
      if (superTree != null && trees.getPath(root, superTree) != null) {
        d.at(superTree, m.what() + " is " + m.there() + " in `" + where + "`");
      } else {
        d.note(m.what() + " is " + m.there() + " in `" + where + "`");
      }
      checker.reportError(
          method, "P0053", method.getName(), m.what(), where,
          d.help("declare " + m.what() + " as in `" + where + "` (" + m.there() + "), not " + m.here()));
    }
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree lambda, Void p) {
    checkDroppedLambdaResult(lambda);
    enclosing.push(lambda);
    try {
      if (TrackedUse.in(lambda, types)) {
        analyze(lambda, () -> MethodAnalysis.ofLambda(checker, types, root, getCurrentPath(), lambda).run());
      }
      return super.visitLambdaExpression(lambda, p);
    } finally {
      enclosing.pop();
    }
  }

  @Override
  public Void visitClass(ClassTree tree, Void p) {
    enclosing.push(tree);
    try {
      return super.visitClass(tree, p);
    } finally {
      enclosing.pop();
    }
  }

  /**
   * Runs one body's analysis; a failure inside Patina becomes a diagnostic on that body, never a
   * stack trace out of javac, and the rest of the file is still checked.
   */
  private void analyze(Tree body, Runnable analysis) {
    try {
      try {
        analysis.run();
      } catch (StackOverflowError deep) {
        // javac handles very deep expressions; the CFG builder recurses further: retry on a big stack
        onDeepStack(analysis);
      }
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      internalError(body, body instanceof MethodTree m ? "method `" + m.getName() + "`" : "a lambda", e);
    }
  }

  private static void onDeepStack(Runnable analysis) {
    Throwable[] failure = new Throwable[1];
    Thread t = new Thread(null, () -> {
      try {
        analysis.run();
      } catch (Throwable e) {
        failure[0] = e;
      }
    }, "patina-ownership-deep", 1L << 29);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing a deeply nested method", e);
    }
    switch (failure[0]) {
      case null -> {}
      case RuntimeException e -> throw e;
      case Error e -> throw e;
      default -> throw new IllegalStateException(failure[0]);
    }
  }

  private void internalError(Tree at, String where, Throwable e) {
    String file = root == null ? "?" : root.getSourceFile().getName();
    checker.reportError(
        at, "ownership.internal", where + " in " + file, describe(e),
        new Details(root, trees.getSourcePositions())
            .help("please report this with the code; `@SuppressWarnings(\"ownership\")` skips it meanwhile"));
  }

  private static String describe(Throwable e) {
    StackTraceElement[] st = e.getStackTrace();
    String at = st.length > 0 ? " at " + st[0] : "";
    return e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "") + at;
  }

  // ---- P1002: values created and dropped -------------------------------------------------

  @Override
  public Void visitExpressionStatement(ExpressionStatementTree stmt, Void p) {
    dropped(stmt.getExpression(), end(stmt) - 1, "dropped here, at the end of the statement");
    return super.visitExpressionStatement(stmt, p);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree inv, Void p) {
    ExpressionTree receiver = TreeUtils.getReceiverTree(inv);
    ExecutableElement m = TreeUtils.elementFromUse(inv);
    checkSent(m, inv.getArguments(), nameOffset(inv, m));
    if (m != null && involvesTracked(receiver, inv.getArguments())) {
      MethodModes modes = types.modes(m);
      if (receiver != null && !modes.consumesReceiver()) {
        dropped(receiver, nameOffset(inv, m), "`" + m.getSimpleName() + "()` only borrows it, and it is dropped after the call");
      }
      if (modes.mutReceiver() && !modes.consumesReceiver() && isThis(receiver)
          && thisIsTracked() && !enclosingMethodHolds(true)) {
        checker.reportError(inv, "P0596", m.getSimpleName(), "this",
            details().help(String.format(checker.text("help.P0596"), "this") + " (mark this method `@Mut`)"));
      }
      if (modes.consumesReceiver() && isThis(receiver) && !enclosingMethodConsumes()) {
        checker.reportError(
            inv, "P0507", "this",
            details().help(checker.text("help.P0507.this")));
      }
      borrowingArguments(inv.getArguments(), modes, nameOffset(inv, m), "`" + m.getSimpleName() + "()`");
    }
    return super.visitMethodInvocation(inv, p);
  }

  @Override
  public Void visitNewClass(NewClassTree nc, Void p) {
    ExecutableElement ctor = TreeUtils.elementFromUse(nc);
    checkSent(ctor, nc.getArguments(), start(nc));
    if (ctor != null && involvesTracked(nc, nc.getArguments())) {
      borrowingArguments(nc.getArguments(), types.modes(ctor), start(nc), "`new " + ctor.getEnclosingElement().getSimpleName() + "`");
    }
    return super.visitNewClass(nc, p);
  }

  // ---- P0277: what must stay on its thread ------------------------------------------------

  /**
   * P0277: an argument that crosses to another thread ({@code @Send}) must not be {@code @NotSend},
   * nor capture such a value; nor may it capture a borrowed {@code this} (P0373). Other borrows
   * crossing threads need the flow state and are found by the analysis.
   */
  private void checkSent(ExecutableElement callee, List<? extends ExpressionTree> args, long calleeAt) {
    if (callee == null || !mayCarryNotSend(args)) {
      return;
    }
    MethodModes modes = types.modes(callee);
    String sentBy = "`" + (callee.getKind() == javax.lang.model.element.ElementKind.CONSTRUCTOR
        ? "new " + callee.getEnclosingElement().getSimpleName() : callee.getSimpleName() + "()") + "`";
    for (int i = 0; i < args.size(); i++) {
      if (!modes.sendsArgument(i)) {
        continue;
      }
      ExpressionTree arg = args.get(i);
      TypeMirror type = TreeUtils.typeOf(arg);
      if (types.isNotSend(type)) {
        notSend(arg, arg.toString(), type, calleeAt, sentBy + " sends it to another thread");
      }
      for (Captures.Capture c : Captures.of(arg, checker.getProcessingEnvironment().getTypeUtils())) {
        TypeMirror captured = c.isThis() ? enclosingClassType() : c.variable().asType();
        String label = "captured by this task, which " + sentBy + " sends to another thread";
        if (types.isNotSend(captured)) {
          notSend(c.site(), c.isThis() ? "this" : c.variable().getSimpleName().toString(), captured, start(arg), label);
        } else if (c.isThis() && types.isTracked(captured) && !enclosingMethodConsumes()) {
          // `this` is a borrow in any method that is not @Consume: no flow state needed
          checker.reportError(c.site(), "P0373", "this",
              details().atOffset(start(arg), label).help(checker.text("help.P0373")));
        }
      }
    }
  }

  private boolean mayCarryNotSend(List<? extends ExpressionTree> args) {
    for (ExpressionTree a : args) {
      if (Captures.isTask(a) || types.isNotSend(TreeUtils.typeOf(a))) {
        return true;
      }
    }
    return false;
  }

  private void notSend(Tree at, String name, TypeMirror type, long relatedAt, String label) {
    checker.reportError(
        at, "P0277", name, simpleName(type),
        details().atOffset(relatedAt, label).help(checker.text("help.P0277")));
  }

  private TypeMirror enclosingClassType() {
    for (Tree t : enclosing) {
      if (t instanceof ClassTree c) {
        TypeElement te = TreeUtils.elementFromDeclaration(c);
        return te == null ? null : te.asType();
      }
    }
    return null;
  }

  // ---- P1003 for values made straight into something untracked ---------------------------

  @Override
  public Void visitReturn(com.sun.source.tree.ReturnTree ret, Void p) {
    Tree fn = enclosing.peek();
    if (ret.getExpression() != null && fn instanceof MethodTree m) {
      ExecutableElement e = TreeUtils.elementFromDeclaration(m);
      if (e != null) {
        escapesNew(ret.getExpression(), e.getReturnType(), "returned as `" + e.getReturnType() + "`");
        if (types.modes(e).borrowedResult()) {
          borrowOfLocalReturned(ret.getExpression());
        }
      }
    }
    return super.visitReturn(ret, p);
  }

  /** P0597: a method that returns a borrow must not lend out one of its own locals, which ends here. */
  private void borrowOfLocalReturned(ExpressionTree value) {
    for (ExpressionTree e : ValueSources.of(value)) {
      if (!(e instanceof MethodInvocationTree inv) || TreeUtils.elementFromUse(inv) == null
          || !types.modes(TreeUtils.elementFromUse(inv)).borrowedResult()) {
        continue;
      }
      ExpressionTree lender = TreeUtils.getReceiverTree(inv);
      if (lender instanceof IdentifierTree id
          && TreeUtils.elementFromUse(id) instanceof javax.lang.model.element.VariableElement v
          && v.getKind() == javax.lang.model.element.ElementKind.LOCAL_VARIABLE) {
        checker.reportError(e, "P0597", "a borrow of local `" + v.getSimpleName() + "`",
            "returned, but the local ends when the method returns",
            details().at(lender, "`" + v.getSimpleName() + "` is a local of this method")
                .help(checker.text("help.P0597")));
      }
    }
  }

  @Override
  public Void visitAssignment(com.sun.source.tree.AssignmentTree a, Void p) {
    javax.lang.model.element.Element target = TreeUtils.elementFromUse(a.getVariable());
    if (target instanceof javax.lang.model.element.VariableElement v) {
      escapesNew(a.getExpression(), v.asType(), "stored in `" + v.getSimpleName() + "`, of type `" + v.asType() + "`");
    }
    return super.visitAssignment(a, p);
  }

  @Override
  public Void visitVariable(com.sun.source.tree.VariableTree var, Void p) {
    if (var.getInitializer() != null) {
      javax.lang.model.element.VariableElement v = TreeUtils.elementFromDeclaration(var);
      if (v != null) {
        escapesNew(var.getInitializer(), v.asType(), "stored in `" + v.getSimpleName() + "`, of type `" + v.asType() + "`");
      }
    }
    return super.visitVariable(var, p);
  }

  /** A new owned linear value that goes straight into an untracked holder: the checker loses it. */
  private void escapesNew(ExpressionTree value, TypeMirror holder, String how) {
    if (holder.getKind() != TypeKind.DECLARED || types.isTracked(holder)) {
      return;
    }
    for (ExpressionTree e : ValueSources.of(value)) {
      TypeMirror type = TreeUtils.typeOf(e);
      if (types.isLinear(type) && createsOwned(e)) {
        checker.reportWarning(
            e, "P1003", simpleName(type),
            details().note("it is " + how).help(checker.text("help.P1003")));
      }
    }
  }

  @Override
  public Void visitBinary(BinaryTree b, Void p) {
    if (b.getKind() == Tree.Kind.EQUAL_TO || b.getKind() == Tree.Kind.NOT_EQUAL_TO) {
      long at = start(b.getRightOperand());
      dropped(b.getLeftOperand(), start(b), "only compared, then dropped");
      dropped(b.getRightOperand(), at, "only compared, then dropped");
    }
    return super.visitBinary(b, p);
  }

  /** Plain calls are skipped before any mode lookup: only tracked receivers or arguments matter. */
  private boolean involvesTracked(ExpressionTree receiver, List<? extends ExpressionTree> args) {
    if (receiver == null || isThis(receiver)) {
      for (Tree t : enclosing) {
        if (t instanceof ClassTree c) {
          TypeElement te = TreeUtils.elementFromDeclaration(c);
          if (te != null && types.tracking(te) != OwnershipTypes.Tracking.NONE) {
            return true;
          }
          break;
        }
      }
    } else if (types.isTracked(TreeUtils.typeOf(receiver))) {
      return true;
    }
    for (ExpressionTree a : args) {
      if (types.isTracked(TreeUtils.typeOf(a))) {
        return true;
      }
    }
    return false;
  }

  private void borrowingArguments(List<? extends ExpressionTree> args, MethodModes modes, long callee, String name) {
    for (int i = 0; i < args.size(); i++) {
      if (!modes.ownsArgument(i)) {
        dropped(args.get(i), callee, name + " only borrows its argument, which is dropped after the call");
      }
    }
  }

  private long start(Tree t) {
    return trees.getSourcePositions().getStartPosition(root, t);
  }

  private long end(Tree t) {
    return trees.getSourcePositions().getEndPosition(root, t);
  }

  /** The offset of the method's name in a call, {@code write} in {@code page.write(x)}. */
  private long nameOffset(MethodInvocationTree inv, ExecutableElement m) {
    ExpressionTree select = inv.getMethodSelect();
    long end = end(select);
    return end > 0 ? end - m.getSimpleName().length() : start(inv);
  }

  /** An expression lambda whose function returns nothing drops whatever its body makes. */
  private void checkDroppedLambdaResult(LambdaExpressionTree lambda) {
    if (lambda.getBodyKind() != LambdaExpressionTree.BodyKind.EXPRESSION) {
      return;
    }
    ExecutableElement fn = TreeUtils.findFunction(lambda, checker.getProcessingEnvironment());
    if (fn != null && fn.getReturnType().getKind() == TypeKind.VOID) {
      dropped((ExpressionTree) lambda.getBody(), start(lambda),
          "this lambda implements `" + fn.getSimpleName() + "()`, which returns nothing, so its value is dropped");
    }
  }

  /** Reports P1002 if {@code expr}, whose value nobody takes, makes a new owned linear value. */
  private void dropped(ExpressionTree expr, long dropAt, String dropLabel) {
    for (ExpressionTree e : ValueSources.of(expr)) {
      TypeMirror type = TreeUtils.typeOf(e);
      if (!types.isLinear(type) || !createsOwned(e)) {
        continue;
      }
      String what = e instanceof NewClassTree
          ? "a new `" + simpleName(type) + "`"
          : "the owned `" + simpleName(type) + "` returned by `" + methodName((MethodInvocationTree) e) + "()`";
      checker.reportError(
          e, "P1002", what,
          details().atOffset(dropAt, dropLabel)
              .help(String.format(checker.text("help.P1002"), consumeHint(type))));
    }
  }

  private static String methodName(MethodInvocationTree inv) {
    ExecutableElement m = TreeUtils.elementFromUse(inv);
    return m == null ? "?" : m.getSimpleName().toString();
  }

  private boolean createsOwned(ExpressionTree e) {
    if (e instanceof NewClassTree) {
      return true;
    }
    if (e instanceof MethodInvocationTree inv) {
      ExecutableElement m = TreeUtils.elementFromUse(inv);
      return m != null && !types.modes(m).borrowedResult();
    }
    return false;
  }

  private boolean enclosingMethodConsumes() {
    return enclosingMethodHolds(false);
  }

  /**
   * Whether the innermost enclosing method owns {@code this} ({@code @Consume}), or, with {@code
   * orMut}, at least borrows it exclusively ({@code @Mut}).
   */
  private boolean enclosingMethodHolds(boolean orMut) {
    for (Tree t : enclosing) {
      if (t instanceof MethodTree m) {
        ExecutableElement e = TreeUtils.elementFromDeclaration(m);
        if (e == null) {
          return false;
        }
        MethodModes modes = types.modes(e);
        return modes.consumesReceiver() || (orMut && (modes.mutReceiver() || e.getKind() == javax.lang.model.element.ElementKind.CONSTRUCTOR));
      }
      if (t instanceof ClassTree) {
        return false;
      }
    }
    return false;
  }

  private boolean thisIsTracked() {
    TypeMirror t = enclosingClassType();
    return t != null && types.isTracked(t);
  }

  private static boolean isThis(ExpressionTree receiver) {
    return receiver == null
        || (receiver instanceof IdentifierTree id && id.getName().contentEquals("this"));
  }

  private Details details() {
    return new Details(root, trees.getSourcePositions());
  }

  static String simpleName(TypeMirror type) {
    if (type != null && type.getKind() == TypeKind.DECLARED) {
      return ((javax.lang.model.type.DeclaredType) type).asElement().getSimpleName().toString();
    }
    return String.valueOf(type);
  }

  /** " with `close()`" when the type has a {@code @Consume} method, for help lines. */
  static String consumeHint(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return "";
    }
    TypeElement te = (TypeElement) ((javax.lang.model.type.DeclaredType) type).asElement();
    for (ExecutableElement m : ElementFilter.methodsIn(te.getEnclosedElements())) {
      if (OwnershipTypes.has(m, Consume.class)) {
        return " with `" + m.getSimpleName() + "()`";
      }
    }
    return "";
  }
}
