package dev.patina.checkers.typestate;

import com.sun.source.tree.Tree;
import dev.patina.checkers.ownership.OwnershipFacts;
import dev.patina.checkers.typestate.TypestateValue.Outcome;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.dataflow.analysis.ConditionalTransferResult;
import org.checkerframework.dataflow.analysis.TransferResult;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;

/**
 * A call on a tracked object, as the transfer function sees it: {@code @Requires} is checked
 * against the states the object may be in, then {@code @Ensures}, {@code @EnsuresWhen} and
 * {@code @Drops} move it on. A call whose result decides the state (a {@code boolean} or an enum)
 * splits the stores or leaves an {@link Outcome} for the branch that tests it.
 */
final class ContractCalls {

  private final OwnershipFacts ownership;

  ContractCalls(OwnershipFacts ownership) {
    this.ownership = ownership;
  }

  /**
   * Applies {@code c}, the contract of {@code m}, to {@code var}, which holds {@code h}: records a
   * wrong-state finding in {@code out} and goes on as if the call had been allowed.
   */
  TransferResult<TypestateValue, TypestateStore> apply(
      MethodInvocationNode n, ExecutableElement m, VariableElement var, Held h, ProtocolModel p, Contract c,
      TypestateStore store, TypestateValue value, List<Finding> out) {
    Tree tree = n.getTree();
    Set<String> before = h.states();
    if (c.requires() != null) {
      Set<String> bad = new LinkedHashSet<>(before);
      bad.removeAll(c.requires());
      if (!bad.isEmpty()) {
        out.add(new Finding.WrongState(tree, var, Handoffs.name(var), var.asType(), m.getSimpleName() + "()", h, bad, c, p));
        // go on as if the call had been allowed: the object was in one of the required states
        Set<String> allowed = new LinkedHashSet<>(before);
        allowed.retainAll(c.requires());
        before = allowed.isEmpty() ? Set.copyOf(c.requires()) : allowed;
        if (allowed.isEmpty()) {
          // no path had it in an allowed state: its end state would only echo this error
          h = h.ended();
        }
      }
    }
    Held start = before.equals(h.states()) ? h : h.narrow(before);
    boolean changes = c.ensures() != null || !c.when().isEmpty();
    TypeMirror resultType = m.getReturnType();
    if (!c.when().isEmpty() && resultType.getKind() == TypeKind.BOOLEAN) {
      TypestateStore thenStore = store.copy();
      TypestateStore elseStore = store.copy();
      thenStore.put(var, end(start.to(c.afterResult("true", before), tree), c));
      elseStore.put(var, end(start.to(c.afterResult("false", before), tree), c));
      // kept in a boolean local, the result still decides a later branch on that local
      Map<String, Set<String>> byResult = new LinkedHashMap<>();
      byResult.put("true", c.afterResult("true", before));
      byResult.put("false", c.afterResult("false", before));
      return new ConditionalTransferResult<>(new Outcome(var, byResult), thenStore, elseStore, true);
    }
    Held after = changes ? start.to(c.after(before), tree) : start;
    after = end(after, c);
    if (ownership.consumesReceiver(m) && ownership.isMoveOnly(var.asType())) {
      // consuming the receiver is where its last reference dies
      if (after.owes() && !p.allEnd(after.states())) {
        out.add(new Finding.Dies(tree, var, after, p, "consumed by `" + m.getSimpleName() + "()` here"));
      }
      after = after.lose();
    }
    store.put(var, after);
    if (!c.when().isEmpty() && Protocols.isEnum(resultType)) {
      Map<String, Set<String>> byConstant = new LinkedHashMap<>();
      for (String constant : c.results()) {
        byConstant.put(constant, c.afterResult(constant, before));
      }
      return TypestateTransfer.result(new Outcome(var, byConstant), store);
    }
    return TypestateTransfer.result(value, store);
  }

  private static Held end(Held h, Contract c) {
    return c.drops() ? h.ended() : h;
  }

}
