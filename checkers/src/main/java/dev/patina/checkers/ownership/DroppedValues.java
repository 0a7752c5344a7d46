package dev.patina.checkers.ownership;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import dev.patina.checkers.diagnostics.Details;
import java.util.function.Supplier;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.javacutil.TreeUtils;

/**
 * New owned {@code @Linear} values that nobody takes: dropped where they are made (P1002), or put
 * straight into something the checker does not track (P1003). Needs no flow: a value made by an
 * expression is owned by nobody unless the expression's position takes it.
 */
final class DroppedValues {

  private final OwnershipChecker checker;
  private final OwnershipTypes types;
  private final Supplier<Details> details;

  DroppedValues(OwnershipChecker checker, OwnershipTypes types, Supplier<Details> details) {
    this.checker = checker;
    this.types = types;
    this.details = details;
  }

  /** Reports P1002 if {@code expr}, whose value nobody takes, makes a new owned linear value. */
  void check(ExpressionTree expr, long dropAt, String dropLabel) {
    for (ExpressionTree e : ValueSources.of(expr)) {
      TypeMirror type = TreeUtils.typeOf(e);
      if (!types.isLinear(type) || !createsOwned(e)) {
        continue;
      }
      String what = e instanceof NewClassTree
          ? "a new `" + OwnershipTypes.simpleName(type) + "`"
          : "the owned `" + OwnershipTypes.simpleName(type) + "` returned by `" + methodName((MethodInvocationTree) e) + "()`";
      checker.reportError(
          e, "P1002", what,
          details.get().atOffset(dropAt, dropLabel)
              .help(String.format(checker.text("help.P1002"), OwnershipTypes.consumeHint(type))));
    }
  }

  /** An expression lambda whose function returns nothing drops whatever its body makes. */
  void lambdaResult(LambdaExpressionTree lambda, long lambdaAt) {
    if (lambda.getBodyKind() != LambdaExpressionTree.BodyKind.EXPRESSION) {
      return;
    }
    ExecutableElement fn = TreeUtils.findFunction(lambda, checker.getProcessingEnvironment());
    if (fn != null && fn.getReturnType().getKind() == TypeKind.VOID) {
      check((ExpressionTree) lambda.getBody(), lambdaAt,
          "this lambda implements `" + fn.getSimpleName() + "()`, which returns nothing, so its value is dropped");
    }
  }

  /** P1003: a new owned linear value that goes straight into an untracked holder. */
  void escapesNew(ExpressionTree value, TypeMirror holder, String how) {
    if (holder.getKind() == TypeKind.ARRAY && value instanceof NewArrayTree array && array.getInitializers() != null) {
      // '{ Conn.open() }': arrays are not tracked, so the elements leave the checker's sight
      TypeMirror object = checker.getProcessingEnvironment().getElementUtils().getTypeElement("java.lang.Object").asType();
      for (ExpressionTree element : array.getInitializers()) {
        escapesNew(element, object, "stored in an array, which the checker does not track");
      }
      return;
    }
    if (holder.getKind() != TypeKind.DECLARED || types.isTracked(holder)) {
      return;
    }
    for (ExpressionTree e : ValueSources.of(value)) {
      TypeMirror type = TreeUtils.typeOf(e);
      if (types.isLinear(type) && createsOwned(e)) {
        checker.reportWarning(
            e, "P1003", OwnershipTypes.simpleName(type),
            details.get().note("it is " + how).help(checker.text("help.P1003")));
      }
    }
  }

  /** Whether {@code e} makes a new owned value: {@code new}, or a call whose result is not a borrow. */
  boolean createsOwned(ExpressionTree e) {
    if (e instanceof NewClassTree) {
      return true;
    }
    if (e instanceof MethodInvocationTree inv) {
      ExecutableElement m = TreeUtils.elementFromUse(inv);
      return m != null && !types.modes(m).borrowedResult();
    }
    return false;
  }

  private static String methodName(MethodInvocationTree inv) {
    ExecutableElement m = TreeUtils.elementFromUse(inv);
    return m == null ? "?" : m.getSimpleName().toString();
  }
}
