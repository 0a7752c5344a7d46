package dev.patina.checkers.typestate;

import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.CaseNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Splits a store on an enum result ({@code switch (tx.commit())}, {@code if (r == Result.OK)}):
 * on the matching side the receiver is in the states those constants ensure; on the other side in
 * the states of the remaining constants. With no constant left, that side cannot happen.
 */
final class Outcomes {

  private Outcomes() {}

  /** The outcome a value carries: itself, or the one a local holding an enum or boolean result keeps. */
  static TypestateValue.Outcome of(TypestateValue v, TypestateStore store) {
    if (v instanceof TypestateValue.Outcome o) {
      return o;
    }
    return v instanceof TypestateValue.Ref(VariableElement var) ? store.outcome(var) : null;
  }

  /** {@code r == Result.OK}: {matching, other} stores, or null if this is no such comparison. */
  static TypestateStore[] onConstant(TypestateValue v, Node constantNode, TypestateStore store) {
    TypestateValue.Outcome o = of(v, store);
    String constant = constantOf(constantNode);
    if (o == null || constant == null) {
      return null;
    }
    return split(o, List.of(constant), store, v instanceof TypestateValue.Ref r ? r.var() : null, false);
  }

  /** A {@code case} of a {@code switch} over an outcome: {matching, other} stores, or null. */
  static TypestateStore[] onCase(CaseNode n, TypestateStore store) {
    AssignmentNode selector = n.getSwitchOperand();
    if (selector == null || !(selector.getTarget() instanceof LocalVariableNode lv)
        || !(lv.getElement() instanceof VariableElement sel) || !(store.outcome(sel) instanceof TypestateValue.Outcome o)) {
      return null;
    }
    List<String> constants = new ArrayList<>();
    for (Node c : n.getCaseOperands()) {
      String name = constantOf(c);
      if (name == null) {
        return null; // a pattern, or something else the checker does not read
      }
      constants.add(name);
    }
    if (constants.isEmpty()) {
      return null; // `default`: the store already holds the constants the cases before left
    }
    return split(o, constants, store, sel, n.getGuard() != null);
  }

  /** The name of the enum constant a node names, or null. */
  private static String constantOf(Node n) {
    Tree t = n.getTree();
    Element e = t == null ? null : TreeUtils.elementFromTree(t);
    return e != null && e.getKind() == ElementKind.ENUM_CONSTANT ? e.getSimpleName().toString() : null;
  }

  /** {matching store, other store}. A guarded case may fail to match, so its other side keeps everything. */
  static TypestateStore[] split(TypestateValue.Outcome o, List<String> constants, TypestateStore store,
      VariableElement selector, boolean guarded) {
    TypestateStore match = store.copy();
    TypestateStore other = store.copy();
    Set<String> matched = new LinkedHashSet<>();
    Map<String, Set<String>> rest = new LinkedHashMap<>(o.byConstant());
    for (String c : constants) {
      Set<String> s = o.byConstant().get(c);
      if (s != null) {
        matched.addAll(s);
      }
      rest.remove(c);
    }
    Held h = store.get(o.receiver());
    if (h != null && !matched.isEmpty()) {
      match.put(o.receiver(), h.narrow(matched));
    }
    if (guarded) {
      return new TypestateStore[] {match, other};
    }
    if (rest.isEmpty()) {
      return new TypestateStore[] {match, other.killed()};
    }
    if (h != null) {
      Set<String> remaining = new LinkedHashSet<>();
      rest.values().forEach(remaining::addAll);
      other.put(o.receiver(), h.narrow(remaining));
    }
    if (selector != null) {
      other.putOutcome(selector, new TypestateValue.Outcome(o.receiver(), rest));
    }
    return new TypestateStore[] {match, other};
  }
}
