package dev.patina.checkers.ownership;

import dev.patina.checkers.ownership.OwnershipTypes.MethodModes;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * P0053: an override must hold its parameters, receiver and result the way the method it overrides
 * does, or callers that only see the supertype would be wrong about who owns what. Only positions
 * whose type is tracked are compared, so plain code overriding JDK methods is never affected.
 */
final class OverrideModes {

  private final OwnershipTypes types;

  OverrideModes(OwnershipTypes types) {
    this.types = types;
  }

  /** A difference between an override and the method it overrides. */
  record Mismatch(ExecutableElement overridden, String what, String there, String here) {}

  List<Mismatch> check(ExecutableElement method) {
    List<Mismatch> out = new ArrayList<>();
    MethodModes mine = types.declaredModes(method);
    for (ExecutableElement sup : types.overridden(method)) {
      MethodModes theirs = types.declaredModes(sup);
      compareParameters(method, sup, mine, theirs, out);
      // the receiver's mode means something only if the overridden method's class is tracked too:
      // a @Linear resource's @Consume close() implements AutoCloseable.close() legitimately
      if (receiverTracked(method) && receiverTracked(sup)) {
        if (mine.consumesReceiver() != theirs.consumesReceiver()) {
          out.add(new Mismatch(sup, "the receiver", consume(theirs), consume(mine)));
        } else if (mine.mutReceiver() != theirs.mutReceiver()) {
          out.add(new Mismatch(sup, "the receiver", mut(theirs), mut(mine)));
        }
      }
      if (types.isTracked(method.getReturnType()) && mine.borrowedResult() != theirs.borrowedResult()) {
        out.add(new Mismatch(sup, "the result", result(theirs), result(mine)));
      }
    }
    return out;
  }

  private void compareParameters(
      ExecutableElement method, ExecutableElement sup, MethodModes mine, MethodModes theirs, List<Mismatch> out) {
    List<? extends VariableElement> params = method.getParameters();
    for (int i = 0; i < params.size(); i++) {
      VariableElement p = params.get(i);
      if (types.isTracked(p.asType()) && mine.ownsArgument(i) != theirs.ownsArgument(i)) {
        out.add(new Mismatch(sup, "parameter `" + p.getSimpleName() + "`", owned(theirs.ownsArgument(i)), owned(mine.ownsArgument(i))));
      }
    }
  }

  private boolean receiverTracked(ExecutableElement method) {
    return method.getEnclosingElement() instanceof TypeElement t && types.tracking(t) != OwnershipTypes.Tracking.NONE;
  }

  private static String owned(boolean owned) {
    return owned ? "`@Owned`" : "borrowed";
  }

  private static String consume(MethodModes m) {
    return m.consumesReceiver() ? "consumed (`@Consume`)" : "borrowed";
  }

  private static String mut(MethodModes m) {
    return m.mutReceiver() ? "borrowed exclusively (`@Mut`)" : "shared";
  }

  private static String result(MethodModes m) {
    return m.borrowedResult() ? "a borrow" : "owned";
  }
}
