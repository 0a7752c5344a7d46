package dev.patina.checkers.flow;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import org.checkerframework.dataflow.analysis.ForwardAnalysisImpl;
import org.checkerframework.dataflow.analysis.Store;
import org.checkerframework.dataflow.analysis.TransferInput;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ConditionalBlock;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ReturnNode;

/**
 * Names the statement through which an edge of the CFG leaves a method normally, for the "still
 * owned when the method returns here" label of the ownership checker and the typestate checker's end-of-protocol exits. A {@code return x;} has a node of its own; a bare
 * {@code return;} does not, so it is found from the statement or condition just before the edge.
 * Null means the body falls off its end (the label then goes on the closing brace).
 */
public final class ExitPoints {

  private final Trees trees;
  private final CompilationUnitTree root;
  private final SourcePositions positions;

  public ExitPoints(Trees trees, CompilationUnitTree root) {
    this.trees = trees;
    this.root = root;
    this.positions = trees.getSourcePositions();
  }

  /** The return statement that the edge {@code pred -> exit} stands for, or null. */
  public Tree exitOf(Block pred, Block exit) {
    Node last = last(pred);
    if (last instanceof ReturnNode r) {
      return r.getTree();
    }
    if (pred instanceof ConditionalBlock cb) {
      return branchReturn(cb, exit);
    }
    return returnAfter(lastTree(pred));
  }

  /**
   * The tree of the last node before the edge that has one: an expression statement's own node has
   * none, so look back through the block and, if need be, its single predecessors.
   */
  private static Tree lastTree(Block b) {
    Block x = b;
    for (int d = 0; x != null && d < 4; d++) {
      List<Node> nodes = x.getNodes();
      for (int i = nodes.size() - 1; i >= 0; i--) {
        if (nodes.get(i).getTree() != null) {
          return nodes.get(i).getTree();
        }
      }
      x = x.getPredecessors().size() == 1 ? x.getPredecessors().iterator().next() : null;
    }
    return null;
  }

  /** {@code if (c) return;}: the branch of the if that the edge takes, if it starts with a return. */
  private Tree branchReturn(ConditionalBlock cb, Block exit) {
    for (Block before : cb.getPredecessors()) {
      Node condition = last(before);
      TreePath path = condition == null || condition.getTree() == null ? null : trees.getPath(root, condition.getTree());
      for (TreePath p = path; p != null; p = p.getParentPath()) {
        if (p.getLeaf() instanceof IfTree ifTree && contains(ifTree.getCondition(), condition.getTree())) {
          StatementTree branch = cb.getThenSuccessor() == exit ? ifTree.getThenStatement() : ifTree.getElseStatement();
          return branch == null ? null : firstReturn(branch);
        }
      }
    }
    return null;
  }

  /** The bare {@code return;} that directly follows the statement holding {@code tree}, if any. */
  private Tree returnAfter(Tree tree) {
    if (tree == null) {
      return null;
    }
    TreePath path = trees.getPath(root, tree);
    for (TreePath p = path; p != null && p.getParentPath() != null; p = p.getParentPath()) {
      Tree parent = p.getParentPath().getLeaf();
      if (parent instanceof CatchTree c && p.getLeaf() == c.getParameter()) {
        // the catch parameter is the last node before a catch block that starts with `return;`
        return firstReturn(c.getBlock());
      }
      List<? extends StatementTree> siblings = parent instanceof BlockTree b ? b.getStatements()
          : parent instanceof CaseTree c && c.getStatements() != null ? c.getStatements() : null;
      if (siblings != null && p.getLeaf() instanceof StatementTree s) {
        int i = siblings.indexOf(s);
        return i >= 0 && i + 1 < siblings.size() ? firstReturn(siblings.get(i + 1)) : null;
      }
    }
    return null;
  }

  private static Tree firstReturn(StatementTree s) {
    StatementTree first = s;
    while (first instanceof BlockTree b && !b.getStatements().isEmpty()) {
      first = b.getStatements().get(0);
    }
    return first instanceof ReturnTree ? first : null;
  }

  private boolean contains(Tree outer, Tree inner) {
    return positions.getStartPosition(root, outer) <= positions.getStartPosition(root, inner)
        && positions.getEndPosition(root, inner) <= positions.getEndPosition(root, outer);
  }

  /** The predecessors of {@code b} in a fixed order (by id), so that reports come out stably. */
  public static List<Block> sortedPredecessors(Block b) {
    List<Block> preds = new java.util.ArrayList<>(b.getPredecessors());
    preds.sort(java.util.Comparator.comparingLong(Block::getUid));
    return preds;
  }

  /** The store on the edge from {@code b} to {@code succ}: a branch's own side, not the join. */
  public static <S extends Store<S>> S storeAfter(ForwardAnalysisImpl<?, S, ?> analysis, Block b, Block succ) {
    Node last = last(b);
    if (last != null) {
      return analysis.getResult().getStoreAfter(last);
    }
    TransferInput<?, S> input = analysis.getInput(b);
    if (input == null) {
      return null;
    }
    if (b instanceof ConditionalBlock cb && input.containsTwoStores()) {
      return cb.getThenSuccessor() == succ ? input.getThenStore() : input.getElseStore();
    }
    return input.getRegularStore();
  }

  /** The block's last node, or null for an empty block. */
  public static Node last(Block b) {
    List<Node> nodes = b.getNodes();
    return nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
  }
}
