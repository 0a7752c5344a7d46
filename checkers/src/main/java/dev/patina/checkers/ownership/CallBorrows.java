package dev.patina.checkers.ownership;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.Tree;
import dev.patina.checkers.ownership.OwnershipTypes.MethodModes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Borrows that last for one call: a variable passed as the receiver and as arguments of the same
 * call is lent several times at once. {@code merge(x, x)} with {@code merge(@Mut A a, A b)} lends
 * {@code x} exclusively and shared together (P0502). Arguments that are expressions
 * ({@code v.push(v.len())}) are evaluated, and their borrows over, before the call begins.
 */
final class CallBorrows {

  /** One way the call holds a variable: exclusively, shared, or by taking it. */
  enum Use {
    SHARED,
    EXCLUSIVE,
    MOVE
  }

  /** A conflict inside one call: {@code second} clashes with the earlier {@code first}. */
  record Conflict(String code, VariableElement var, Tree first, Use firstUse, Tree second, Use secondUse) {}

  private CallBorrows() {}

  static List<Conflict> of(ExpressionTree receiver, boolean mutReceiver, boolean consumesReceiver,
      List<? extends ExpressionTree> args, MethodModes modes, OwnershipTypes types) {
    Map<VariableElement, List<Map.Entry<Tree, Use>>> uses = new LinkedHashMap<>();
    if (receiver != null) {
      add(uses, receiver, consumesReceiver ? Use.MOVE : mutReceiver ? Use.EXCLUSIVE : Use.SHARED, types);
    }
    for (int i = 0; i < args.size(); i++) {
      Use use = modes.ownsArgument(i) ? Use.MOVE : modes.mutArgument(i) ? Use.EXCLUSIVE : Use.SHARED;
      add(uses, args.get(i), use, types);
    }
    List<Conflict> out = new ArrayList<>();
    for (Map.Entry<VariableElement, List<Map.Entry<Tree, Use>>> e : uses.entrySet()) {
      List<Map.Entry<Tree, Use>> list = e.getValue();
      for (int j = 1; j < list.size(); j++) {
        Map.Entry<Tree, Use> first = list.get(0);
        Map.Entry<Tree, Use> second = list.get(j);
        String code = code(first.getValue(), second.getValue());
        if (code != null) {
          out.add(new Conflict(code, e.getKey(), first.getKey(), first.getValue(), second.getKey(), second.getValue()));
          break;
        }
      }
    }
    return out;
  }

  private static String code(Use a, Use b) {
    if (a == Use.MOVE || b == Use.MOVE) {
      return "P0505";
    }
    if (a == Use.EXCLUSIVE && b == Use.EXCLUSIVE) {
      return "P0499";
    }
    return a == Use.EXCLUSIVE || b == Use.EXCLUSIVE ? "P0502" : null;
  }

  private static void add(Map<VariableElement, List<Map.Entry<Tree, Use>>> uses, ExpressionTree expr, Use use, OwnershipTypes types) {
    ExpressionTree e = ValueSources.peel(expr);
    if (e instanceof IdentifierTree id && TreeUtils.elementFromUse(id) instanceof VariableElement v
        && v.getKind() != ElementKind.FIELD && types.isTracked(v.asType())) {
      uses.computeIfAbsent(v, k -> new ArrayList<>()).add(Map.entry(id, use));
    }
  }
}
