package dev.patina.checkers.ownership;

import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.CaseLabelTree;
import com.sun.source.tree.PatternCaseLabelTree;
import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.analysis.ConditionalTransferResult;
import org.checkerframework.dataflow.analysis.RegularTransferResult;
import org.checkerframework.dataflow.analysis.TransferInput;
import org.checkerframework.dataflow.analysis.TransferResult;
import org.checkerframework.dataflow.cfg.node.CaseNode;
import org.checkerframework.dataflow.cfg.node.InstanceOfNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The transfer of pattern matches ({@code case Ping p}, {@code m instanceof Ping p}): on the
 * matching branch the binding takes the tested variable's value, owning it (and the variable has
 * moved) or borrowing it as the variable did; on the other branch nothing changed.
 */
final class PatternBindings {

  private final OwnershipTypes types;
  private final MovePositions positions;

  PatternBindings(OwnershipTypes types, MovePositions positions) {
    this.types = types;
    this.positions = positions;
  }

  TransferResult<OwnershipValue, OwnershipStore> onCase(CaseNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    List<VariableElement> bindings = new ArrayList<>();
    for (CaseLabelTree label : n.getTree().getLabels()) {
      if (label instanceof PatternCaseLabelTree p && p.getPattern() instanceof BindingPatternTree b) {
        bindings.add(TreeUtils.elementFromDeclaration(b.getVariable()));
      }
    }
    Node selector = n.getSwitchOperand() == null ? null : n.getSwitchOperand().getExpression();
    TransferResult<OwnershipValue, OwnershipStore> r = matched(selector, bindings, in);
    if (!positions.lastCasesOfExhaustive.contains(n.getTree())) {
      return r;
    }
    // nothing is left to match after the last case of an exhaustive switch: an empty store, which
    // joins as "holds nothing", stands for that dead branch
    OwnershipStore taken = r.containsTwoStores() ? r.getThenStore() : r.getRegularStore();
    return new ConditionalTransferResult<>(OwnershipValue.UNTRACKED, taken, new OwnershipStore(), true);
  }

  TransferResult<OwnershipValue, OwnershipStore> onInstanceOf(InstanceOfNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    List<VariableElement> bindings = new ArrayList<>();
    for (LocalVariableNode b : n.getBindingVariables()) {
      if (b.getElement() instanceof VariableElement v) {
        bindings.add(v);
      }
    }
    return matched(n.getOperand(), bindings, in);
  }

  private TransferResult<OwnershipValue, OwnershipStore> matched(
      Node tested, List<VariableElement> bindings, TransferInput<OwnershipValue, OwnershipStore> in) {
    bindings.removeIf(b -> b == null || !types.isTracked(b.asType()));
    OwnershipStore store = in.getRegularStore();
    if (bindings.isEmpty()) {
      return new RegularTransferResult<>(OwnershipValue.UNTRACKED, store, true);
    }
    OwnershipStore match = store.copy();
    Element source = tested instanceof LocalVariableNode l ? l.getElement() : null;
    boolean unconditional = false;
    for (VariableElement b : bindings) {
      bind(match, source, b, positions.declarations.get(b));
      unconditional |= tested != null && types.types().isAssignable(tested.getType(), b.asType());
    }
    if (unconditional && source instanceof VariableElement v && store.get(v) != null) {
      // a pattern that every value of the static type matches fails only on null: nothing is held
      OwnershipStore noMatch = store.copy();
      noMatch.put(v, store.get(v).knownNull());
      return new ConditionalTransferResult<>(OwnershipValue.UNTRACKED, match, noMatch, true);
    }
    return new ConditionalTransferResult<>(OwnershipValue.UNTRACKED, match, store, true);
  }

  /** The binding takes the tested variable's value: it owns it and the source has moved, or both borrow. */
  void bind(OwnershipStore store, Element sourceElement, VariableElement binding, Tree decl) {
    if (sourceElement instanceof VariableElement v && !types.isTracked(v.asType())) {
      // 'o instanceof Conn c' on an Object parameter: it only borrows, so the binding does too
      store.put(binding, VarState.borrow(true, decl));
      return;
    }
    VariableElement source = sourceElement instanceof VariableElement v && !OwnershipTransfer.isSynthetic(v) ? v : null;
    VarState sourceState = source == null ? null : OwnershipTransfer.stateOf(store, source, decl);
    boolean borrowed = sourceState != null && sourceState.may(Flag.BORROWED);
    store.put(binding, borrowed ? VarState.borrow(sourceState.may(Flag.SHARED), decl) : VarState.of(Flag.OWNED, decl));
    if (source != null && !borrowed && sourceState.may(Flag.OWNED)) {
      store.put(source, VarState.movedAt(new Site(decl, "moved into the pattern binding `" + binding.getSimpleName() + "`")));
    }
  }
}
