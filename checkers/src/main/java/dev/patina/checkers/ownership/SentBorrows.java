package dev.patina.checkers.ownership;

import com.sun.source.tree.ExpressionTree;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * P0373 with the flow state at hand: an argument that crosses to another thread must not be a
 * borrow, and a task sent there must not capture one, since the lender could end the value while
 * the other thread still uses it. (A borrowed {@code this} needs no flow: {@link SendChecks}.)
 */
final class SentBorrows {

  private SentBorrows() {}

  static List<Finding> of(ExecutableElement callee, List<? extends ExpressionTree> args, OwnershipStore store, OwnershipTypes types) {
    OwnershipTypes.MethodModes modes = types.modes(callee);
    List<Finding> found = new ArrayList<>();
    if (!modes.anySend()) {
      return found;
    }
    String sentBy = callee.getKind() == ElementKind.CONSTRUCTOR
        ? "`new " + callee.getEnclosingElement().getSimpleName() + "`"
        : "`" + callee.getSimpleName() + "()`";
    for (int i = 0; i < args.size(); i++) {
      if (!modes.sendsArgument(i)) {
        continue;
      }
      ExpressionTree arg = args.get(i);
      if (TreeUtils.elementFromTree(arg) instanceof VariableElement v && types.isTracked(v.asType())
          && !OwnershipTransfer.isSynthetic(v) && OwnershipTransfer.stateOf(store, v, arg).may(Flag.BORROWED)) {
        found.add(new Finding.SendBorrow(arg, v.getSimpleName().toString(), OwnershipTransfer.stateOf(store, v, arg).origin(),
            "passed to " + sentBy + ", which sends it to another thread"));
        continue;
      }
      for (Captures.Capture c : Captures.of(arg, types.types())) {
        if (!c.isThis() && c.variable() instanceof VariableElement v && types.isTracked(v.asType())
            && OwnershipTransfer.stateOf(store, v, c.site()).may(Flag.BORROWED)) {
          found.add(new Finding.SendBorrow(c.site(), v.getSimpleName().toString(),
              OwnershipTransfer.stateOf(store, v, c.site()).origin(),
              "captured by a task that " + sentBy + " sends to another thread"));
        }
      }
    }
    return found;
  }
}
