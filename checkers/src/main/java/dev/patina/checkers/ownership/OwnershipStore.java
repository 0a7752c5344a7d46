package dev.patina.checkers.ownership;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import javax.lang.model.element.VariableElement;
import dev.patina.checkers.flow.Unwindable;
import org.checkerframework.dataflow.cfg.visualize.CFGVisualizer;
import org.checkerframework.dataflow.expression.JavaExpression;

/**
 * The ownership state of every tracked local, parameter and owned field of {@code this} at one
 * program point. A variable that is absent holds nothing the method must account for.
 */
final class OwnershipStore implements Unwindable<OwnershipStore> {

  private final Map<VariableElement, VarState> states;

  /**
   * True on a path that exists only because an unchecked exception, which no callee declares, is
   * propagating; such a path is not a leak path unless a catch clause of this method takes it.
   */
  private boolean unwinding;

  OwnershipStore() {
    this.states = new LinkedHashMap<>();
  }

  private OwnershipStore(Map<VariableElement, VarState> states, boolean unwinding) {
    this.states = new LinkedHashMap<>(states);
    this.unwinding = unwinding;
  }

  @Override
  public boolean unwinding() {
    return unwinding;
  }

  @Override
  public OwnershipStore unwound() {
    return new OwnershipStore(states, true);
  }

  @Override
  public void caught() {
    unwinding = false;
  }

  VarState get(VariableElement var) {
    return states.get(var);
  }

  void put(VariableElement var, VarState state) {
    states.put(var, state);
  }

  void remove(VariableElement var) {
    states.remove(var);
  }

  Map<VariableElement, VarState> states() {
    return states;
  }

  @Override
  public OwnershipStore copy() {
    return new OwnershipStore(states, unwinding);
  }

  @Override
  public OwnershipStore leastUpperBound(OwnershipStore other) {
    OwnershipStore result = new OwnershipStore(states, unwinding && other.unwinding);
    for (Map.Entry<VariableElement, VarState> e : other.states.entrySet()) {
      VarState mine = states.get(e.getKey());
      // absent on one path means nothing is held there, as if it were null
      VarState theirs = e.getValue();
      result.states.put(
          e.getKey(), mine == null ? theirs.join(theirs.knownNull()) : mine.join(theirs));
    }
    for (Map.Entry<VariableElement, VarState> e : states.entrySet()) {
      if (!other.states.containsKey(e.getKey())) {
        result.states.put(e.getKey(), e.getValue().join(e.getValue().knownNull()));
      }
    }
    return result;
  }

  @Override
  public OwnershipStore widenedUpperBound(OwnershipStore previous) {
    // the lattice is finite (flags, and sites bounded per variable): no widening needed
    return leastUpperBound(previous);
  }

  @Override
  public boolean canAlias(JavaExpression a, JavaExpression b) {
    return true;
  }

  @Override
  public String visualize(CFGVisualizer<?, OwnershipStore, ?> viz) {
    return toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OwnershipStore s && unwinding == s.unwinding && states.equals(s.states);
  }

  @Override
  public int hashCode() {
    return Objects.hash(states, unwinding);
  }

  @Override
  public String toString() {
    StringJoiner j = new StringJoiner(", ", "{", "}");
    states.forEach((k, v) -> j.add(k.getSimpleName() + "=" + v.flags()));
    return (unwinding ? "unwinding " : "") + j;
  }
}
