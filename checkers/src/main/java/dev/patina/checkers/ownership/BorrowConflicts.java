package dev.patina.checkers.ownership;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import dev.patina.checkers.diagnostics.Details;
import dev.patina.checkers.ownership.Finding.Access;
import dev.patina.checkers.ownership.Finding.BorrowCheck;
import dev.patina.checkers.ownership.Finding.Borrower;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The borrow conflicts, decided once the flow analysis knows who borrows from whom and the
 * liveness knows which borrowers are still used: a lender moved while borrowed (P0505), borrowed
 * exclusively while another exclusive borrow is live (P0499), or exclusively while a shared one is
 * live, and the reverse (P0502). A borrow whose last use comes before the conflicting use is over.
 */
final class BorrowConflicts {

  private final OwnershipChecker checker;
  private final CompilationUnitTree root;
  private final SourcePositions positions;
  private final Tree body;
  private final Set<Object> reported;

  BorrowConflicts(OwnershipChecker checker, CompilationUnitTree root, SourcePositions positions, Tree body, Set<Object> reported) {
    this.checker = checker;
    this.root = root;
    this.positions = positions;
    this.body = body;
    this.reported = reported;
  }

  void report(Map<Node, BorrowCheck> checks, BorrowLiveness liveness) {
    List<Map.Entry<Node, BorrowCheck>> sorted = new ArrayList<>(checks.entrySet());
    sorted.sort(Comparator.comparingLong(e -> positions.getStartPosition(root, e.getValue().tree())));
    for (Map.Entry<Node, BorrowCheck> e : sorted) {
      Set<Element> live = liveness.liveAfter(e.getKey());
      BorrowCheck check = e.getValue();
      for (Borrower b : check.borrowers()) {
        if (live.contains(b.var()) && conflict(check, b)) {
          break; // one diagnostic per conflicting use
        }
      }
    }
  }

  /** Reports the conflict between this use and a live borrower, if there is one. */
  private boolean conflict(BorrowCheck check, Borrower b) {
    String code = switch (check.access()) {
      case MOVE -> "P0505";
      case EXCLUSIVE -> b.shared() ? "P0502" : "P0499";
      case SHARED -> b.shared() ? null : "P0502";
    };
    if (code == null || !reported.add(List.of(code, check.tree()))) {
      return false;
    }
    String lender = check.lender().getSimpleName().toString();
    String borrowKind = b.shared() ? "(shared)" : "exclusively (`@Mut`)";
    Details d = new Details(root, positions);
    if (b.origin() != null) {
      d.at(b.origin(), "`" + lender + "` is borrowed here " + borrowKind + " by `" + b.var().getSimpleName() + "`");
    }
    Tree lastUse = lastUse(b.var());
    if (lastUse != null) {
      d.at(lastUse, "the borrow is still used here");
    }
    String headline = switch (check.access()) {
      case MOVE -> "cannot move out of `" + lender + "` because it is borrowed";
      case EXCLUSIVE -> "cannot borrow `" + lender + "` exclusively (`@Mut`) because it is also borrowed"
          + (b.shared() ? " as shared" : " exclusively");
      case SHARED -> "cannot use `" + lender + "` because it is borrowed exclusively (`@Mut`)";
    };
    checker.reportError(check.tree(), code, headline,
        d.help(String.format(checker.text(check.access() == Access.MOVE ? "help.borrow.move" : "help.borrow"),
            b.var().getSimpleName(), lender)));
    return true;
  }

  /** The last read of {@code var} in the body, in source order: where the borrow ends at the latest. */
  private Tree lastUse(Element var) {
    Tree[] last = new Tree[1];
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree a, Void p) {
        // `var = ...` writes the variable and does not read it: only the right-hand side is a use
        if (!(a.getVariable() instanceof IdentifierTree)) {
          scan(a.getVariable(), p);
        }
        return scan(a.getExpression(), p);
      }

      @Override
      public Void visitIdentifier(IdentifierTree id, Void p) {
        if (var.equals(TreeUtils.elementFromUse(id))) {
          last[0] = id;
        }
        return null;
      }
    }.scan(body, null);
    return last[0];
  }
}
