package dev.patina.checkers.ownership;

import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.analysis.ConditionalTransferResult;
import org.checkerframework.dataflow.analysis.ForwardTransferFunction;
import org.checkerframework.dataflow.analysis.RegularTransferResult;
import org.checkerframework.dataflow.analysis.TransferInput;
import org.checkerframework.dataflow.analysis.TransferResult;
import org.checkerframework.dataflow.cfg.UnderlyingAST;
import org.checkerframework.dataflow.cfg.node.AbstractNodeVisitor;
import com.sun.source.tree.ExpressionTree;
import org.checkerframework.dataflow.cfg.node.ArrayAccessNode;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.CaseNode;
import org.checkerframework.dataflow.cfg.node.InstanceOfNode;
import org.checkerframework.dataflow.cfg.node.ConditionalAndNode;
import org.checkerframework.dataflow.cfg.node.ConditionalNotNode;
import org.checkerframework.dataflow.cfg.node.ConditionalOrNode;
import org.checkerframework.dataflow.cfg.node.EqualToNode;
import org.checkerframework.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.NotEqualNode;
import org.checkerframework.dataflow.cfg.node.NullLiteralNode;
import org.checkerframework.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.dataflow.cfg.node.SwitchExpressionNode;
import org.checkerframework.dataflow.cfg.node.TernaryExpressionNode;
import org.checkerframework.dataflow.cfg.node.ThisNode;
import org.checkerframework.dataflow.cfg.node.TypeCastNode;
import org.checkerframework.dataflow.cfg.node.VariableDeclarationNode;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The transfer function of the ownership analysis: how each CFG node changes which tracked
 * variables own, have moved, or borrow their values. It also records, per node, the problems the
 * node's input store reveals ({@link Finding}). Stores only grow while the analysis iterates, so a
 * finding, once made, holds at the fixed point too: findings are kept (a later visit may refine
 * one), never withdrawn — a value poisoned by an earlier report must not hide the report itself.
 */
final class OwnershipTransfer extends AbstractNodeVisitor<TransferResult<OwnershipValue, OwnershipStore>, TransferInput<OwnershipValue, OwnershipStore>>
    implements ForwardTransferFunction<OwnershipValue, OwnershipStore> {

  private final OwnershipTypes types;
  private final MovePositions positions;
  private final TypeElement currentClass;
  private final boolean constructor;
  private final List<VariableElement> fieldsToConsume;
  /** For a lambda, the modes of the functional interface method it implements; else null. */
  private final OwnershipTypes.MethodModes functionModes;
  private final Map<Node, List<Finding>> findings = new IdentityHashMap<>();
  private final PatternBindings bindings;
  private final Borrows borrows;

  OwnershipTransfer(
      OwnershipTypes types, MovePositions positions, TypeElement currentClass, boolean constructor,
      List<VariableElement> fieldsToConsume, OwnershipTypes.MethodModes functionModes) {
    this.types = types;
    this.functionModes = functionModes;
    this.bindings = new PatternBindings(types, positions);
    this.fieldsToConsume = fieldsToConsume;
    this.positions = positions;
    this.currentClass = currentClass;
    this.constructor = constructor;
    this.borrows = new Borrows(types, positions);
  }

  Map<Node, List<Finding>> findings() {
    return findings;
  }

  /** Uses of lenders while borrows of them exist, for the liveness check after the analysis. */
  Map<Node, Finding.BorrowCheck> borrowChecks() {
    return borrows.checks();
  }

  @Override
  public OwnershipStore initialStore(UnderlyingAST ast, List<LocalVariableNode> parameters) {
    OwnershipStore store = new OwnershipStore();
    for (int i = 0; i < parameters.size(); i++) {
      LocalVariableNode p = parameters.get(i);
      if (p.getElement() instanceof VariableElement param && types.isTracked(param.asType())) {
        boolean ownedByFunction = functionModes != null && functionModes.ownsArgument(i);
        store.put(param, types.isOwnedParameter(param) || ownedByFunction
            ? VarState.of(Flag.OWNED, p.getTree())
            : VarState.borrow(!types.isMut(param), p.getTree()));
      }
    }
    for (VariableElement field : fieldsToConsume) {
      store.put(field, VarState.of(Flag.OWNED, null));
    }
    return store;
  }

  private static RegularTransferResult<OwnershipValue, OwnershipStore> result(OwnershipValue v, OwnershipStore s) {
    return new RegularTransferResult<>(v, s, true);
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitNode(Node n, TransferInput<OwnershipValue, OwnershipStore> in) {
    return result(OwnershipValue.UNTRACKED, in.getRegularStore());
  }

  /** The state of a variable this body never assigned: a capture from an enclosing scope is a borrow. */
  static VarState stateOf(OwnershipStore store, VariableElement var, Tree use) {
    VarState s = store.get(var);
    return s != null ? s : VarState.borrow(true, use);
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitLocalVariable(LocalVariableNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    OwnershipStore store = in.getRegularStore();
    Tree tree = n.getTree();
    if (!(n.getElement() instanceof VariableElement var) || !types.isTracked(var.asType())
        || tree instanceof VariableTree || positions.assignTargets.contains(tree)) {
      return result(OwnershipValue.UNTRACKED, store);
    }
    if (isSynthetic(var)) {
      return result(OwnershipValue.of(stateOf(store, var, tree), tree), store);
    }
    VarState state = stateOf(store, var, tree);
    OwnershipValue value = OwnershipValue.of(state, tree);
    Site move = positions.moves.get(tree);
    if (positions.consumedByReference.contains(tree)) {
      // 'c::close' is reported where the reference is; the value counts as gone from here
      if (!state.may(Flag.BORROWED)) {
        store.put(var, VarState.movedAt(new Site(tree, "consumed by a method reference")));
      }
      return result(value, store);
    }
    if (positions.resourceNames.contains(tree) && state.may(Flag.OWNED)) {
      // 'try (c)': the statement closes c on every path; the body may still use it exclusively
      store.put(var, VarState.borrow(false, tree));
      return result(value, store);
    }
    if (state.may(Flag.ESCAPED) && !state.may(Flag.OWNED) && !state.may(Flag.MOVED)) {
      // escaped on every path that reaches here: no longer followed. (Escaped on some paths
      // only, the others are still checked for uses after moves.)
      return result(value, store);
    }
    if (state.may(Flag.MOVED)) {
      findings.put(n, List.of(new Finding.UseAfterMove(tree, var, state.moves())));
      // go on as if the use were allowed: report once, keep following the paths that still own it
      store.put(var, move != null ? VarState.movedAt(move) : state.withoutMoves());
      return result(value, store);
    }
    borrows.record(n, var, store, move);
    String mutMethod = positions.mutReceivers.get(tree);
    String mutArgument = positions.mutArguments.get(tree);
    if ((mutMethod != null || mutArgument != null) && state.may(Flag.SHARED)) {
      String what = mutMethod != null
          ? "be used to call `@Mut` method `" + mutMethod + "()`"
          : "be lent exclusively (`@Mut`) to `" + mutArgument + "()`";
      findings.put(n, List.of(new Finding.MutThroughShared(tree, var.getSimpleName().toString(), what, state.origin())));
    }
    String fieldStore = positions.fieldStores.get(tree);
    if (fieldStore != null && state.may(Flag.BORROWED)) {
      findings.put(n, List.of(new Finding.BorrowEscapes(tree, var.getSimpleName().toString(), fieldStore, state.origin())));
    }
    if (move == null) {
      return result(value, store);
    }
    return result(moved(n, var, state, value, store, move), store);
  }

  /**
   * A use of {@code var} that moves its value (at {@code move}): records what is wrong with the
   * move, updates what {@code var} holds after it, and returns what the receiver of the value gets.
   */
  private OwnershipValue moved(
      LocalVariableNode n, VariableElement var, VarState state, OwnershipValue value, OwnershipStore store, Site move) {
    Tree tree = n.getTree();
    if (positions.escapes.containsKey(tree)) {
      // into an untracked holder: an owned value escapes (P1003), a borrow is merely copied
      if (state.may(Flag.OWNED)) {
        if (types.isLinear(var.asType())) {
          findings.put(n, List.of(new Finding.Escape(tree, var, positions.escapes.get(tree))));
        }
        store.put(var, VarState.of(Flag.ESCAPED, state.origin()));
      }
    } else if (state.may(Flag.BORROWED) && move.outlives()) {
      findings.put(n, List.of(new Finding.BorrowEscapes(tree, var.getSimpleName().toString(), move.how(), state.origin())));
      value = OwnershipValue.of(Flag.OWNED, tree);
    } else if (state.may(Flag.BORROWED)) {
      findings.put(n, List.of(new Finding.MoveOutOfBorrow(tree, var.getSimpleName().toString(), move, state.origin(), borrows.lenderLabel(var))));
      // go on as if the move were allowed: whoever receives the value owns it
      value = OwnershipValue.of(Flag.OWNED, tree);
    } else {
      store.put(var, VarState.movedAt(move));
    }
    return value;
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitFieldAccess(FieldAccessNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    OwnershipStore store = in.getRegularStore();
    Tree tree = n.getTree();
    if (!(n.getElement() instanceof VariableElement field) || !types.isTracked(field.asType())
        || positions.assignTargets.contains(tree)) {
      return result(OwnershipValue.UNTRACKED, store);
    }
    Site move = positions.moves.get(tree);
    if (!isOwnFieldOfThis(n, field)) {
      if (move != null) {
        String why = types.isOwnedField(field)
            ? "an `@Owned` field may be moved only by its own object's methods"
            : "the field is not `@Owned`, so its object only lends what it holds";
        findings.put(n, List.of(new Finding.MoveOutOfBorrow(tree, tree.toString(), move, null, why)));
      }
      return result(OwnershipValue.borrow(true, tree), store);
    }
    VarState state = store.get(field);
    if (state == null) {
      state = VarState.of(constructor ? Flag.NULL : Flag.OWNED, tree);
    }
    OwnershipValue value = OwnershipValue.of(state, tree);
    if (state.may(Flag.MOVED)) {
      findings.put(n, List.of(new Finding.UseAfterMove(tree, field, state.moves())));
      store.put(field, move != null ? VarState.movedAt(move) : state.withoutMoves());
    } else if (move != null) {
      store.put(field, VarState.movedAt(move));
    }
    return result(value, store);
  }

  /** {@code this.f} or {@code f} for an {@code @Owned} field declared by the class being checked. */
  private boolean isOwnFieldOfThis(FieldAccessNode n, VariableElement field) {
    return n.getReceiver() instanceof ThisNode
        && types.isOwnedField(field)
        && field.getEnclosingElement().equals(currentClass);
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitAssignment(AssignmentNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    OwnershipStore store = in.getRegularStore();
    OwnershipValue value = in.getValueOfSubNode(n.getExpression());
    if (value == null) {
      value = OwnershipValue.UNTRACKED;
    }
    Node target = n.getTarget();
    VariableElement var = null;
    if (target instanceof LocalVariableNode local && local.getElement() instanceof VariableElement v
        && types.isTracked(v.asType())) {
      var = v;
    } else if (target instanceof FieldAccessNode fa && fa.getElement() instanceof VariableElement f
        && isOwnFieldOfThis(fa, f)) {
      var = f;
      if (store.get(f) == null) {
        store.put(f, VarState.of(constructor ? Flag.NULL : Flag.OWNED, fa.getTree()));
      }
    }
    if (var == null) {
      return result(value, store);
    }
    VarState old = store.get(var);
    if (old != null && old.may(Flag.OWNED) && types.isLinear(var.asType()) && !isSynthetic(var)) {
      findings.put(n, List.of(new Finding.Overwritten(n.getTree(), var, old.origin(), false)));
    }
    boolean local = var.getKind() != ElementKind.FIELD;
    if (local && positions.resources.contains(var)) {
      // the try statement owns a resource; its body may use it exclusively
      store.put(var, VarState.borrow(false, n.getTree()));
    } else if (local && types.isBorrowedLocal(var)) {
      // a declared borrow never owns, but it keeps what it was given borrowed while it is live
      store.put(var, VarState.borrow(!types.isMut(var), n.getTree()).lentBy(value.lenders()));
    } else {
      store.put(var, value.asState(n.getTree()));
    }
    return result(value, store);
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitVariableDeclaration(VariableDeclarationNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    OwnershipStore store = in.getRegularStore();
    VariableElement var = TreeUtils.elementFromDeclaration(n.getTree());
    if (var != null && positions.catchParameters.contains(var)) {
      store.caught();
    }
    if (var != null && types.isTracked(var.asType())) {
      VarState old = store.get(var);
      if (old != null && old.may(Flag.OWNED) && types.isLinear(var.asType())) {
        findings.put(n, List.of(new Finding.Overwritten(n.getTree(), var, old.origin(), true)));
      }
      store.put(var, VarState.of(Flag.NULL, n.getTree()));
      if (positions.unconditionalBindings.containsKey(var)) {
        bindings.bind(store, positions.unconditionalBindings.get(var), var, n.getTree());
      }
    }
    return result(OwnershipValue.UNTRACKED, store);
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitObjectCreation(ObjectCreationNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    ExecutableElement ctor = TreeUtils.elementFromUse(n.getTree());
    if (ctor != null) {
      sentBorrows(n, ctor, n.getTree().getArguments(), in.getRegularStore());
    }
    boolean tracked = types.isTracked(n.getType());
    return result(tracked ? OwnershipValue.of(Flag.OWNED, n.getTree()) : OwnershipValue.UNTRACKED, in.getRegularStore());
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitMethodInvocation(MethodInvocationNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    if (n.getTarget().getMethod() != null) {
      sentBorrows(n, n.getTarget().getMethod(), n.getTree().getArguments(), in.getRegularStore());
      if (n.getTarget().getReceiver() instanceof ThisNode && types.modes(n.getTarget().getMethod()).consumesReceiver()) {
        // another @Consume method of this object took it whole, fields and all, on this path
        Site site = new Site(n.getTree(), "consumed with `this` by `" + n.getTarget().getMethod().getSimpleName() + "()`");
        for (VariableElement f : fieldsToConsume) {
          in.getRegularStore().put(f, VarState.movedAt(site));
        }
      }
    }
    OwnershipValue value = OwnershipValue.UNTRACKED;
    if (types.isTracked(n.getType())) {
      ExecutableElement m = n.getTarget().getMethod();
      OwnershipTypes.MethodModes modes = m == null ? null : types.modes(m);
      value = modes != null && modes.borrowedResult()
          // a @Mut method's borrowed result is an exclusive borrow of its lender
          ? OwnershipValue.borrow(!modes.mutReceiver(), n.getTree()).lentBy(Borrows.lendersOf(n, m, in.getRegularStore()))
          : OwnershipValue.of(Flag.OWNED, n.getTree());
    }
    return result(value, in.getRegularStore());
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitNullLiteral(NullLiteralNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    return result(OwnershipValue.of(Flag.NULL, n.getTree()), in.getRegularStore());
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitTypeCast(TypeCastNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    OwnershipValue v = in.getValueOfSubNode(n.getOperand());
    if (v != null && v.tracked()) {
      return result(v, in.getRegularStore()); // casts keep ownership
    }
    if (!types.isTracked(n.getType())) {
      return result(OwnershipValue.UNTRACKED, in.getRegularStore());
    }
    // into a tracked type from an untracked one: what a call hands out (an iterator's next(), a
    // raw get()) is the taker's; what an untracked variable holds is only borrowed
    boolean fromCall = n.getOperand() instanceof MethodInvocationNode;
    return result(fromCall ? OwnershipValue.of(Flag.OWNED, n.getTree()) : OwnershipValue.borrow(true, n.getTree()),
        in.getRegularStore());
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitArrayAccess(ArrayAccessNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    // arrays are not tracked element-wise: an element taken out is owned by the taker, as for collections
    return result(types.isTracked(n.getType()) ? OwnershipValue.of(Flag.OWNED, n.getTree()) : OwnershipValue.UNTRACKED,
        in.getRegularStore());
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitTernaryExpression(TernaryExpressionNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    return takeSynthetic(n.getTernaryExpressionVar(), in);
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitSwitchExpressionNode(SwitchExpressionNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    return takeSynthetic(n.getSwitchExpressionVar(), in);
  }

  /** A {@code ?:} or switch expression's value lives in a variable javac never sees; hand it on. */
  private TransferResult<OwnershipValue, OwnershipStore> takeSynthetic(LocalVariableNode var, TransferInput<OwnershipValue, OwnershipStore> in) {
    OwnershipStore store = in.getRegularStore();
    if (var == null || !(var.getElement() instanceof VariableElement v)) {
      return result(OwnershipValue.UNTRACKED, store);
    }
    VarState state = store.get(v);
    store.remove(v);
    return result(state == null ? OwnershipValue.UNTRACKED : OwnershipValue.of(state, null), store);
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitCase(CaseNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    return bindings.onCase(n, in);
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitInstanceOf(InstanceOfNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    return bindings.onInstanceOf(n, in);
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitConditionalAnd(ConditionalAndNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    return keepBranches(in, false);
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitConditionalOr(ConditionalOrNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    return keepBranches(in, false);
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitConditionalNot(ConditionalNotNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    return keepBranches(in, true);
  }

  /**
   * {@code a && take(c)}: the paths where the condition holds and where it fails arrive as two
   * stores; keep them apart, or a move made only on one side would leak into the other.
   */
  private TransferResult<OwnershipValue, OwnershipStore> keepBranches(TransferInput<OwnershipValue, OwnershipStore> in, boolean swap) {
    if (!in.containsTwoStores()) {
      return result(OwnershipValue.UNTRACKED, in.getRegularStore());
    }
    OwnershipStore then = in.getThenStore().copy();
    OwnershipStore otherwise = in.getElseStore().copy();
    return swap
        ? new ConditionalTransferResult<>(OwnershipValue.UNTRACKED, otherwise, then, true)
        : new ConditionalTransferResult<>(OwnershipValue.UNTRACKED, then, otherwise, true);
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitEqualTo(EqualToNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    return nullTest(n.getLeftOperand(), n.getRightOperand(), true, in);
  }

  @Override
  public TransferResult<OwnershipValue, OwnershipStore> visitNotEqual(NotEqualNode n, TransferInput<OwnershipValue, OwnershipStore> in) {
    return nullTest(n.getLeftOperand(), n.getRightOperand(), false, in);
  }

  /** {@code x == null} / {@code x != null}: on the branch where x is null, x owes nothing. */
  private TransferResult<OwnershipValue, OwnershipStore> nullTest(
      Node left, Node right, boolean equal, TransferInput<OwnershipValue, OwnershipStore> in) {
    OwnershipStore store = in.getRegularStore();
    Node other = left instanceof NullLiteralNode ? right : right instanceof NullLiteralNode ? left : null;
    VariableElement var = null;
    VarState state = null;
    if (other instanceof LocalVariableNode local && local.getElement() instanceof VariableElement v) {
      var = v;
      state = store.get(v);
    } else if (other instanceof FieldAccessNode fa && fa.getElement() instanceof VariableElement f
        && isOwnFieldOfThis(fa, f)) {
      // 'if (inner != null) inner.close()' in a @Consume method: the null branch owes nothing
      var = f;
      state = store.get(f) != null ? store.get(f) : VarState.of(constructor ? Flag.NULL : Flag.OWNED, fa.getTree());
    }
    if (var == null || state == null) {
      return result(OwnershipValue.UNTRACKED, store);
    }
    OwnershipStore isNull = store.copy();
    isNull.put(var, state.knownNull());
    OwnershipStore notNull = store.copy();
    notNull.put(var, state.without(Flag.NULL));
    return equal
        ? new ConditionalTransferResult<>(OwnershipValue.UNTRACKED, isNull, notNull, true)
        : new ConditionalTransferResult<>(OwnershipValue.UNTRACKED, notNull, isNull, true);
  }

  /** P0373 for a call's arguments, recorded as findings of the call's node. */
  private void sentBorrows(Node call, ExecutableElement callee, List<? extends ExpressionTree> args, OwnershipStore store) {
    List<Finding> found = SentBorrows.of(callee, args, store, types);
    if (!found.isEmpty()) {
      findings.put(call, found);
    }
  }

  /** Variables the CFG builder invents for {@code ?:} and switch expressions. */
  static boolean isSynthetic(Element var) {
    return var.getSimpleName().toString().contains("#");
  }
}
