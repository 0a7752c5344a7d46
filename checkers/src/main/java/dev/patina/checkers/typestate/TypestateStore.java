package dev.patina.checkers.typestate;

import dev.patina.checkers.flow.Unwindable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.cfg.visualize.CFGVisualizer;
import org.checkerframework.dataflow.expression.JavaExpression;

/**
 * The typestate facts at one program point: what each tracked local, parameter and {@code @State}
 * field of {@code this} holds, and which locals hold an enum result that decides an object's state
 * (a {@code switch} selector). A variable that is absent is not followed here. A dead store is a
 * path that cannot happen (the no-match path of a {@code switch} that lists every constant).
 */
final class TypestateStore implements Unwindable<TypestateStore> {

  private final Map<VariableElement, Held> vars;
  private final Map<VariableElement, TypestateValue.Outcome> outcomes;
  private boolean unwinding;
  private boolean dead;

  TypestateStore() {
    this(new LinkedHashMap<>(), new LinkedHashMap<>(), false, false);
  }

  private TypestateStore(
      Map<VariableElement, Held> vars, Map<VariableElement, TypestateValue.Outcome> outcomes, boolean unwinding, boolean dead) {
    this.vars = new LinkedHashMap<>(vars);
    this.outcomes = new LinkedHashMap<>(outcomes);
    this.unwinding = unwinding;
    this.dead = dead;
  }

  Held get(VariableElement var) {
    return vars.get(var);
  }

  void put(VariableElement var, Held held) {
    vars.put(var, held);
    // an outcome about var's old state no longer says anything
    outcomes.values().removeIf(o -> o.receiver().equals(var));
    outcomes.remove(var);
  }

  void remove(VariableElement var) {
    vars.remove(var);
    outcomes.values().removeIf(o -> o.receiver().equals(var));
    outcomes.remove(var);
  }

  Map<VariableElement, Held> vars() {
    return vars;
  }

  TypestateValue.Outcome outcome(VariableElement selector) {
    return outcomes.get(selector);
  }

  void putOutcome(VariableElement selector, TypestateValue.Outcome o) {
    outcomes.put(selector, o);
  }

  boolean dead() {
    return dead;
  }

  TypestateStore killed() {
    return new TypestateStore(Map.of(), Map.of(), unwinding, true);
  }

  @Override
  public boolean unwinding() {
    return unwinding;
  }

  @Override
  public TypestateStore unwound() {
    return new TypestateStore(vars, outcomes, true, dead);
  }

  @Override
  public void caught() {
    unwinding = false;
  }

  @Override
  public TypestateStore copy() {
    return new TypestateStore(vars, outcomes, unwinding, dead);
  }

  @Override
  public TypestateStore leastUpperBound(TypestateStore other) {
    if (dead) {
      return other.copy();
    }
    if (other.dead) {
      return copy();
    }
    TypestateStore result = new TypestateStore(vars, Map.of(), unwinding && other.unwinding, false);
    // absent on one path means not followed there (not yet declared, or null): keep the other side
    other.vars.forEach((var, held) -> result.vars.merge(var, held, Held::join));
    outcomes.forEach((var, o) -> {
      if (o.equals(other.outcomes.get(var))) {
        result.outcomes.put(var, o);
      }
    });
    return result;
  }

  @Override
  public TypestateStore widenedUpperBound(TypestateStore previous) {
    // finite lattice: the states of a protocol, and places within one method
    return leastUpperBound(previous);
  }

  @Override
  public boolean canAlias(JavaExpression a, JavaExpression b) {
    return true;
  }

  @Override
  public String visualize(CFGVisualizer<?, TypestateStore, ?> viz) {
    return toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TypestateStore s && unwinding == s.unwinding && dead == s.dead
        && vars.equals(s.vars) && outcomes.equals(s.outcomes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vars, outcomes, unwinding, dead);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(dead ? "dead " : unwinding ? "unwinding {" : "{");
    vars.forEach((k, v) -> sb.append(k.getSimpleName()).append('=').append(v.states()).append(v.lost() ? "?" : "").append(' '));
    return sb.append('}').toString();
  }
}
