package dev.patina.checkers.ownership;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;

/**
 * Who lends to whom in one method body, for the transfer function: which variables a borrowed
 * result borrows from, why a variable holds only a borrow (the label of a move out of it), and
 * each use of a lender while borrows of it exist, which the liveness check judges after the
 * analysis (a use conflicts only with borrows that are still used later).
 */
final class Borrows {

  private final OwnershipTypes types;
  private final MovePositions positions;
  private final Map<Node, Finding.BorrowCheck> checks = new IdentityHashMap<>();

  Borrows(OwnershipTypes types, MovePositions positions) {
    this.types = types;
    this.positions = positions;
  }

  /** The uses recorded so far, by node. */
  Map<Node, Finding.BorrowCheck> checks() {
    return checks;
  }

  /** Where {@code var} is used while others borrow from it, remember them for the liveness check. */
  void record(LocalVariableNode n, VariableElement var, OwnershipStore store, Site move) {
    List<Finding.Borrower> borrowers = new ArrayList<>();
    for (var e : store.states().entrySet()) {
      VarState s = e.getValue();
      if (s.lenders().contains(var) && s.may(Flag.BORROWED)) {
        borrowers.add(new Finding.Borrower(e.getKey(), s.may(Flag.SHARED), s.origin()));
      }
    }
    if (borrowers.isEmpty()) {
      checks.remove(n);
      return;
    }
    Finding.Access access = move != null ? Finding.Access.MOVE
        : positions.mutReceivers.containsKey(n.getTree()) || positions.mutArguments.containsKey(n.getTree())
            ? Finding.Access.EXCLUSIVE
        : Finding.Access.SHARED;
    // stores only grow: the last visit sees every borrower that can reach here
    checks.put(n, new Finding.BorrowCheck(n.getTree(), var, access, borrowers));
  }

  /** Why a variable holds only a borrow, for the label at the place it got it. */
  String lenderLabel(VariableElement var) {
    if (positions.resources.contains(var)) {
      return "`" + var.getSimpleName() + "` is owned by this try-with-resources statement, which closes it";
    }
    if (var.getKind() == ElementKind.PARAMETER) {
      return "`" + var.getSimpleName() + "` is a borrowed parameter (it is not `@Owned`)";
    }
    if (var.getKind() == ElementKind.BINDING_VARIABLE) {
      return "`" + var.getSimpleName() + "` is bound by a pattern to a value that is only borrowed";
    }
    if (types.isBorrowedLocal(var)) {
      return "`" + var.getSimpleName() + "` is declared as a borrow here";
    }
    return "`" + var.getSimpleName() + "` is a borrow: captured from the enclosing method, or filled from one";
  }

  /**
   * The variables a {@code @BorrowedFrom} call's result borrows from: the named lender (the
   * receiver for {@code "this"}, else the argument for that parameter) and whatever that lender
   * itself borrows from.
   */
  static Set<VariableElement> lendersOf(MethodInvocationNode n, ExecutableElement m, OwnershipStore store) {
    String from = OwnershipTypes.borrowedFrom(m);
    Node lender = null;
    if ("this".equals(from)) {
      lender = n.getTarget().getReceiver();
    } else if (from != null) {
      for (int i = 0; i < m.getParameters().size() && i < n.getArguments().size(); i++) {
        if (m.getParameters().get(i).getSimpleName().contentEquals(from)) {
          lender = n.getArguments().get(i);
        }
      }
    }
    if (!(lender instanceof LocalVariableNode l) || !(l.getElement() instanceof VariableElement v)) {
      return Set.of();
    }
    Set<VariableElement> out = new LinkedHashSet<>();
    out.add(v);
    if (store.get(v) != null) {
      out.addAll(store.get(v).lenders());
    }
    return out;
  }

}
