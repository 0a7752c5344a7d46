package dev.patina.checkers.typestate;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * Splits a store on an enum result ({@code switch (tx.commit())}, {@code if (r == Result.OK)}):
 * on the matching side the receiver is in the states those constants ensure; on the other side in
 * the states of the remaining constants. With no constant left, that side cannot happen.
 */
final class Outcomes {

  private Outcomes() {}

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
