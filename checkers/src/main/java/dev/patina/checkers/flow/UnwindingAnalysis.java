package dev.patina.checkers.flow;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.dataflow.analysis.AbstractValue;
import org.checkerframework.dataflow.analysis.ForwardAnalysisImpl;
import org.checkerframework.dataflow.analysis.ForwardTransferFunction;
import org.checkerframework.dataflow.analysis.TransferInput;
import org.checkerframework.dataflow.analysis.TransferResult;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ThrowNode;

/**
 * A forward analysis with one addition: the store that flows along an edge taken only because a
 * node may throw an unchecked exception it does not declare is marked {@linkplain
 * Unwindable#unwinding() unwinding}, so that such paths, followed through finally blocks, are not
 * counted as exit paths unless a catch clause of the method takes them.
 */
public class UnwindingAnalysis<V extends AbstractValue<V>, S extends Unwindable<S>, T extends ForwardTransferFunction<V, S>>
    extends ForwardAnalysisImpl<V, S, T> {

  private final Predicate<TypeMirror> unchecked;
  /** The unchecked causes each throwing node's block lists, as the very keys the analysis looks up. */
  private final Map<Node, List<TypeMirror>> uncheckedCauses = new IdentityHashMap<>();

  /** {@code unchecked} tells whether an exception type need not be declared. */
  public UnwindingAnalysis(T transfer, Predicate<TypeMirror> unchecked) {
    super(transfer);
    this.unchecked = unchecked;
  }

  @Override
  public void performAnalysis(ControlFlowGraph cfg) {
    for (Block b : cfg.getAllBlocks()) {
      if (b instanceof ExceptionBlock eb && !(eb.getNode() instanceof ThrowNode)) {
        List<TypeMirror> causes = eb.getExceptionalSuccessors().keySet().stream().filter(unchecked).toList();
        if (!causes.isEmpty()) {
          uncheckedCauses.put(eb.getNode(), causes);
        }
      }
    }
    super.performAnalysis(cfg);
  }

  @Override
  protected TransferResult<V, S> callTransferFunction(Node node, TransferInput<V, S> input) {
    List<TypeMirror> causes = uncheckedCauses.get(node);
    if (causes == null) {
      return super.callTransferFunction(node, input);
    }
    // the transfer function updates the input's store in place: keep the state before the node
    S before = input.getRegularStore().copy();
    TransferResult<V, S> result = super.callTransferFunction(node, input);
    Map<TypeMirror, S> exceptional = new IdentityHashMap<>();
    if (result.getExceptionalStores() != null) {
      exceptional.putAll(result.getExceptionalStores());
    }
    for (TypeMirror cause : causes) {
      exceptional.put(cause, before.unwound());
    }
    return result.withExceptionalStores(exceptional);
  }
}
