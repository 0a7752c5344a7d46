package dev.patina.checkers.ownership;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.dataflow.analysis.ForwardAnalysisImpl;
import org.checkerframework.dataflow.analysis.TransferInput;
import org.checkerframework.dataflow.analysis.TransferResult;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ThrowNode;

/**
 * The forward analysis with one addition: the store that flows along an edge taken only because a
 * node may throw an unchecked exception it does not declare is marked {@linkplain
 * OwnershipStore#unwinding() unwinding}, so that such paths, followed through finally blocks, are
 * not counted as leak paths unless a catch clause of the method takes them.
 */
final class OwnershipAnalysis extends ForwardAnalysisImpl<OwnershipValue, OwnershipStore, OwnershipTransfer> {

  private final OwnershipTypes types;
  /** The unchecked causes each throwing node's block lists, as the very keys the analysis looks up. */
  private final Map<Node, List<TypeMirror>> uncheckedCauses = new IdentityHashMap<>();

  OwnershipAnalysis(OwnershipTransfer transfer, OwnershipTypes types) {
    super(transfer);
    this.types = types;
  }

  @Override
  public void performAnalysis(ControlFlowGraph cfg) {
    for (Block b : cfg.getAllBlocks()) {
      if (b instanceof ExceptionBlock eb && !(eb.getNode() instanceof ThrowNode)) {
        List<TypeMirror> unchecked = eb.getExceptionalSuccessors().keySet().stream()
            .filter(types::isUnchecked)
            .toList();
        if (!unchecked.isEmpty()) {
          uncheckedCauses.put(eb.getNode(), unchecked);
        }
      }
    }
    super.performAnalysis(cfg);
  }

  @Override
  protected TransferResult<OwnershipValue, OwnershipStore> callTransferFunction(
      Node node, TransferInput<OwnershipValue, OwnershipStore> input) {
    List<TypeMirror> causes = uncheckedCauses.get(node);
    if (causes == null) {
      return super.callTransferFunction(node, input);
    }
    // the transfer function updates the input's store in place: keep the state before the node
    OwnershipStore before = input.getRegularStore().copy();
    TransferResult<OwnershipValue, OwnershipStore> result = super.callTransferFunction(node, input);
    Map<TypeMirror, OwnershipStore> exceptional = new IdentityHashMap<>();
    if (result.getExceptionalStores() != null) {
      exceptional.putAll(result.getExceptionalStores());
    }
    for (TypeMirror cause : causes) {
      exceptional.put(cause, before.unwound());
    }
    return result.withExceptionalStores(exceptional);
  }
}
