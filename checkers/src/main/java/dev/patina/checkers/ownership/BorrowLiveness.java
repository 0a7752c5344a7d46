package dev.patina.checkers.ownership;

import com.sun.source.tree.VariableTree;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ConditionalBlock;
import org.checkerframework.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.dataflow.cfg.block.SingleSuccessorBlock;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.Node;

/**
 * Which local variables may still be read later, at each point of a body: the backward liveness
 * that makes borrows non-lexical. A borrow held in a variable lasts until the variable's last use
 * on some path, not until the end of its block.
 */
final class BorrowLiveness {

  private final MovePositions positions;
  private final Map<Block, Set<Element>> liveIn = new IdentityHashMap<>();

  private BorrowLiveness(MovePositions positions) {
    this.positions = positions;
  }

  static BorrowLiveness of(ControlFlowGraph cfg, MovePositions positions) {
    BorrowLiveness l = new BorrowLiveness(positions);
    l.solve(cfg);
    return l;
  }

  /** The variables that may be read after {@code node} has run. */
  Set<Element> liveAfter(Node node) {
    Block b = node.getBlock();
    Set<Element> live = new HashSet<>(liveOut(b));
    List<Node> nodes = b.getNodes();
    for (int i = nodes.size() - 1; i >= 0 && nodes.get(i) != node; i--) {
      step(nodes.get(i), live);
    }
    return live;
  }

  private void solve(ControlFlowGraph cfg) {
    Deque<Block> work = new ArrayDeque<>(cfg.getAllBlocks());
    while (!work.isEmpty()) {
      Block b = work.pop();
      Set<Element> live = new HashSet<>(liveOut(b));
      List<Node> nodes = b.getNodes();
      for (int i = nodes.size() - 1; i >= 0; i--) {
        step(nodes.get(i), live);
      }
      if (!live.equals(liveIn.get(b))) {
        liveIn.put(b, live);
        work.addAll(b.getPredecessors());
      }
    }
  }

  private Set<Element> liveOut(Block b) {
    Set<Element> out = new HashSet<>();
    for (Block s : successors(b)) {
      Set<Element> in = liveIn.get(s);
      if (in != null) {
        out.addAll(in);
      }
    }
    return out;
  }

  private static Collection<Block> successors(Block b) {
    Set<Block> out = new HashSet<>();
    if (b instanceof SingleSuccessorBlock s && s.getSuccessor() != null) {
      out.add(s.getSuccessor());
    }
    if (b instanceof ConditionalBlock c) {
      out.add(c.getThenSuccessor());
      out.add(c.getElseSuccessor());
    }
    if (b instanceof ExceptionBlock e) {
      e.getExceptionalSuccessors().values().forEach(out::addAll);
    }
    return out;
  }

  /** Backward over one node: an assignment ends what the variable held, a read makes it live. */
  private void step(Node n, Set<Element> live) {
    if (n instanceof AssignmentNode a && a.getTarget() instanceof LocalVariableNode t) {
      live.remove(t.getElement());
    } else if (n instanceof LocalVariableNode v && !(v.getTree() instanceof VariableTree)
        && !positions.assignTargets.contains(v.getTree())) {
      live.add(v.getElement());
    }
  }
}
