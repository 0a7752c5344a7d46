package dev.patina.checkers.ownership;

import com.sun.source.tree.Tree;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/** A problem the flow analysis found at one node, reported once the analysis is done. */
sealed interface Finding {

  Tree tree();

  /** P0382: {@code var} is read or moved where it may already have been moved. */
  record UseAfterMove(Tree tree, VariableElement var, Set<Site> moves) implements Finding {}

  /**
   * P0507: {@code name} holds a borrow, or is a field of another object, and is moved; {@code
   * lender} is where the borrow came from (a parameter, a resource, a declaration), or null.
   */
  record MoveOutOfBorrow(Tree tree, String name, Site site, Tree lender, String why) implements Finding {}

  /** P1001: {@code var} is overwritten, or declared again by a loop, while it still owns a value. */
  record Overwritten(Tree tree, VariableElement var, Tree origin, boolean redeclared) implements Finding {}

  /** P0596: {@code name}, which may be a shared borrow, is used exclusively ({@code what}). */
  record MutThroughShared(Tree tree, String name, String what, Tree lender) implements Finding {}

  /** P0597: the borrow {@code name} escapes: returned, or stored in a field ({@code how}). */
  record BorrowEscapes(Tree tree, String name, String how, Tree lender) implements Finding {}

  /**
   * A use of {@code lender} while variables that borrow from it may still be used (P0499, P0502,
   * P0505 once liveness says they are): decided after the analysis, not here.
   */
  record BorrowCheck(Tree tree, VariableElement lender, Access access, List<Borrower> borrowers) {}

  /** How a lender is used at a node. */
  enum Access {
    SHARED,
    EXCLUSIVE,
    MOVE
  }

  /** A variable holding a borrow of the lender: shared or exclusive, made at {@code origin}. */
  record Borrower(VariableElement var, boolean shared, Tree origin) {}

  /** P0373: a borrow crosses to another thread, passed or captured ({@code name} is "this" for the receiver). */
  record SendBorrow(Tree tree, String name, Tree lender, String label) implements Finding {}

  /** P1003: an owned value moves into something untracked; the checker stops following it. */
  record Escape(Tree tree, VariableElement var, String how) implements Finding {}
}
