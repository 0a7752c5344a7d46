package dev.patina.checkers.ownership;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.patina.checkers.diagnostics.Details;
import dev.patina.checkers.ownership.OwnershipTypes.MethodModes;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The checks that need no flow state on what crosses to another thread: an argument of a
 * {@code @Send} parameter must not be {@code @NotSend}, nor capture such a value (P0277), nor
 * capture a borrowed {@code this} (P0373). Borrowed variables crossing threads need the flow state
 * and are found by the analysis ({@code OwnershipTransfer}); what the future of an {@code @Async}
 * call holds is {@link SentFutures}'s.
 */
final class SendChecks {

  private final OwnershipChecker checker;
  private final OwnershipTypes types;
  private final Supplier<Details> details;
  private final ToLongFunction<Tree> start;
  private final SentFutures futures;

  SendChecks(OwnershipChecker checker, OwnershipTypes types, Supplier<Details> details, ToLongFunction<Tree> start,
      SentFutures futures) {
    this.checker = checker;
    this.types = types;
    this.details = details;
    this.start = start;
    this.futures = futures;
  }

  /**
   * Checks the {@code @Send} arguments of a call of {@code callee}, made in a class of type {@code
   * thisType} by a method that owns {@code this} or not; {@code path} is the call's.
   */
  void check(ExecutableElement callee, List<? extends ExpressionTree> args, long calleeAt, TypeMirror thisType,
      boolean ownsThis, TreePath path) {
    if (callee == null || !mayCarryAnything(args)) {
      return;
    }
    MethodModes modes = types.modes(callee);
    String sentBy = "`" + (callee.getKind() == ElementKind.CONSTRUCTOR
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
      if (SentFutures.mayBeFuture(arg)) {
        futures.check(arg, path, calleeAt, sentBy);
      }
      for (Captures.Capture c : Captures.of(arg, checker.getProcessingEnvironment().getTypeUtils())) {
        TypeMirror captured = c.isThis() ? thisType : c.variable().asType();
        String label = "captured by this task, which " + sentBy + " sends to another thread";
        if (types.isNotSend(captured)) {
          notSend(c.site(), c.isThis() ? "this" : c.variable().getSimpleName().toString(), captured,
              start.applyAsLong(arg), label);
        } else if (c.isThis() && types.isTracked(captured) && !ownsThis) {
          // `this` is a borrow in any method that is not @Consume: no flow state needed
          checker.reportError(c.site(), "P0373", "this",
              details.get().atOffset(start.applyAsLong(arg), label).help(checker.text("help.P0373")));
        }
      }
    }
  }

  /**
   * Plain calls are skipped before any mode lookup: only tasks, {@code @NotSend} values and
   * futures (an {@code @Async} call, or a local that may hold one) can matter.
   */
  private boolean mayCarryAnything(List<? extends ExpressionTree> args) {
    for (ExpressionTree a : args) {
      ExpressionTree e = ValueSources.peel(a);
      boolean future = e instanceof MethodInvocationTree inv ? AsyncBody.isAsync(TreeUtils.elementFromUse(inv))
          : e instanceof IdentifierTree && TreeUtils.elementFromUse(e) instanceof VariableElement v
              && v.getKind() == ElementKind.LOCAL_VARIABLE && v.asType().getKind() == TypeKind.DECLARED;
      if (future || Captures.isTask(a) || types.isNotSend(TreeUtils.typeOf(a))) {
        return true;
      }
    }
    return false;
  }

  private void notSend(Tree at, String name, TypeMirror type, long relatedAt, String label) {
    checker.reportError(
        at, "P0277", "`" + name + "` cannot be sent to another thread: `" + OwnershipTypes.simpleName(type) + "` is `@NotSend`",
        details.get().atOffset(relatedAt, label).help(checker.text("help.P0277")));
  }
}
