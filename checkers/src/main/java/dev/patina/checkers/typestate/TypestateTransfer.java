package dev.patina.checkers.typestate;

import com.sun.source.tree.Tree;
import dev.patina.checkers.ownership.OwnershipFacts;
import dev.patina.checkers.typestate.TypestateValue.Fresh;
import dev.patina.checkers.typestate.TypestateValue.Outcome;
import dev.patina.checkers.typestate.TypestateValue.Ref;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.dataflow.analysis.ConditionalTransferResult;
import org.checkerframework.dataflow.analysis.ForwardTransferFunction;
import org.checkerframework.dataflow.analysis.RegularTransferResult;
import org.checkerframework.dataflow.analysis.TransferInput;
import org.checkerframework.dataflow.analysis.TransferResult;
import org.checkerframework.dataflow.cfg.UnderlyingAST;
import org.checkerframework.dataflow.cfg.node.AbstractNodeVisitor;
import org.checkerframework.dataflow.cfg.node.ArrayAccessNode;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.CaseNode;
import org.checkerframework.dataflow.cfg.node.ConditionalAndNode;
import org.checkerframework.dataflow.cfg.node.ConditionalOrNode;
import org.checkerframework.dataflow.cfg.node.ConditionalNotNode;
import org.checkerframework.dataflow.cfg.node.EqualToNode;
import org.checkerframework.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.dataflow.cfg.node.FunctionalInterfaceNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.NotEqualNode;
import org.checkerframework.dataflow.cfg.node.NullLiteralNode;
import org.checkerframework.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.dataflow.cfg.node.ReturnNode;
import org.checkerframework.dataflow.cfg.node.SwitchExpressionNode;
import org.checkerframework.dataflow.cfg.node.TernaryExpressionNode;
import org.checkerframework.dataflow.cfg.node.ThisNode;
import org.checkerframework.dataflow.cfg.node.TypeCastNode;
import org.checkerframework.dataflow.cfg.node.VariableDeclarationNode;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The transfer function of the typestate analysis: how each CFG node changes the states of the
 * tracked variables. Calls check {@code @Requires} and apply {@code @Ensures} / {@code
 * @EnsuresWhen} / {@code @Drops}; assignments, arguments and returns move or hand on objects, or
 * let them escape. Problems are recorded per node and reported after the fixed point; a node's
 * last visit sees its largest input, so its findings are replaced on each visit.
 */
final class TypestateTransfer
    extends AbstractNodeVisitor<TransferResult<TypestateValue, TypestateStore>, TransferInput<TypestateValue, TypestateStore>>
    implements ForwardTransferFunction<TypestateValue, TypestateStore> {

  private final Protocols protocols;
  private final OwnershipFacts ownership;
  private final BodyShapes shapes;
  private final TypeElement currentClass;
  private final ExecutableElement method;
  private final Map<VariableElement, StateSpec> stateFields;
  private final Handoffs handoffs;
  private final ContractCalls calls;
  private final Map<Node, List<Finding>> findings = new IdentityHashMap<>();

  TypestateTransfer(Protocols protocols, OwnershipFacts ownership, BodyShapes shapes, TypeElement currentClass,
      ExecutableElement method, Map<VariableElement, StateSpec> stateFields) {
    this.protocols = protocols;
    this.ownership = ownership;
    this.shapes = shapes;
    this.currentClass = currentClass;
    this.method = method;
    this.stateFields = stateFields;
    this.handoffs = new Handoffs(protocols, ownership);
    this.calls = new ContractCalls(ownership);
  }

  Map<Node, List<Finding>> findings() {
    return findings;
  }

  private List<Finding> at(Node n) {
    return findings.computeIfAbsent(n, k -> new ArrayList<>());
  }

  @Override
  public TypestateStore initialStore(UnderlyingAST ast, List<LocalVariableNode> parameters) {
    TypestateStore store = new TypestateStore();
    for (LocalVariableNode p : parameters) {
      if (p.getElement() instanceof VariableElement param && protocols.of(param.asType()) != null) {
        StateSpec spec = protocols.stateOf(param);
        if (spec != null && !spec.value().isEmpty()) {
          // an @Owned parameter of a move-only type is the callee's to see to an end state
          boolean owned = ownership.isMoveOnly(param.asType()) && method != null
              && ownership.ownsArgument(method, method.getParameters().indexOf(param));
          store.put(param, Held.fresh(spec.value(), owned, p.getTree()));
        }
      }
    }
    if (method != null && method.getKind() != ElementKind.CONSTRUCTOR) {
      stateFields.forEach((field, spec) -> store.put(field, Held.fresh(spec.value(), false, null)));
    }
    return store;
  }

  static RegularTransferResult<TypestateValue, TypestateStore> result(TypestateValue v, TypestateStore s) {
    return new RegularTransferResult<>(v, s, true);
  }

  @Override
  public TransferResult<TypestateValue, TypestateStore> visitNode(Node n, TransferInput<TypestateValue, TypestateStore> in) {
    return result(TypestateValue.NONE, in.getRegularStore());
  }

  @Override
  public TransferResult<TypestateValue, TypestateStore> visitLocalVariable(LocalVariableNode n, TransferInput<TypestateValue, TypestateStore> in) {
    TypestateStore store = in.getRegularStore();
    if (n.getElement() instanceof VariableElement v && isSynthetic(v) && store.get(v) instanceof Held h) {
      // the CFG's own temporary (a conditional expression's result): reading it hands the object on
      store.remove(v);
      return result(new Fresh(h), store);
    }
    if (n.getElement() instanceof VariableElement v && store.outcome(v) instanceof Outcome o
        && v.asType().getKind() == TypeKind.BOOLEAN) {
      // `if (more)` on `boolean more = it.hasNext()`
      TypestateStore[] split = Outcomes.split(o, List.of("true"), store, v, false);
      return new ConditionalTransferResult<>(new Ref(v), split[0], split[1], true);
    }
    return result(n.getElement() instanceof VariableElement v && (store.get(v) != null || store.outcome(v) != null)
        ? new Ref(v) : TypestateValue.NONE, store);
  }

  /** {@code c ? a : b}, a {@code switch} expression: the object the CFG's temporary holds after the join. */
  @Override
  public TransferResult<TypestateValue, TypestateStore> visitTernaryExpression(TernaryExpressionNode n, TransferInput<TypestateValue, TypestateStore> in) {
    return temporary(n.getTernaryExpressionVar(), in);
  }

  @Override
  public TransferResult<TypestateValue, TypestateStore> visitSwitchExpressionNode(SwitchExpressionNode n, TransferInput<TypestateValue, TypestateStore> in) {
    return temporary(n.getSwitchExpressionVar(), in);
  }

  private TransferResult<TypestateValue, TypestateStore> temporary(LocalVariableNode var, TransferInput<TypestateValue, TypestateStore> in) {
    TypestateStore store = in.getRegularStore();
    if (var != null && var.getElement() instanceof VariableElement v && store.get(v) instanceof Held h) {
      store.remove(v);
      return result(new Fresh(h), store);
    }
    // the temporary was read as a node of its own just before: that read handed the object on
    TypestateValue read = var == null ? null : in.getValueOfSubNode(var);
    return result(read instanceof Fresh ? read : TypestateValue.NONE, store);
  }

  /** A variable the CFG made up ({@code condExpr#num0}, a switch's selector), not the user's. */
  static boolean isSynthetic(Element var) {
    return var.getSimpleName().toString().contains("#");
  }

  @Override
  public TransferResult<TypestateValue, TypestateStore> visitFieldAccess(FieldAccessNode n, TransferInput<TypestateValue, TypestateStore> in) {
    TypestateStore store = in.getRegularStore();
    if (n.getReceiver() instanceof ThisNode && n.getElement() instanceof VariableElement f && stateFields.containsKey(f)) {
      return result(new Ref(f), store);
    }
    return result(TypestateValue.NONE, store);
  }

  @Override
  public TransferResult<TypestateValue, TypestateStore> visitTypeCast(TypeCastNode n, TransferInput<TypestateValue, TypestateStore> in) {
    return result(in.getValueOfSubNode(n.getOperand()), in.getRegularStore());
  }

  @Override
  public TransferResult<TypestateValue, TypestateStore> visitObjectCreation(ObjectCreationNode n, TransferInput<TypestateValue, TypestateStore> in) {
    TypestateStore store = in.getRegularStore();
    ExecutableElement ctor = TreeUtils.elementFromUse(n.getTree());
    List<Finding> out = at(n);
    out.clear();
    if (ctor != null) {
      handoffs.arguments(ctor, n.getArguments(), in, store, n.getTree(), out);
    }
    if (n.getClassBody() != null) {
      handoffs.captures(n.getTree().getClassBody(), store, "captured by an anonymous class", out);
    }
    ProtocolModel p = protocols.of(TreeUtils.typeOf(n.getTree()));
    if (p == null || !p.has(p.initial())) {
      return result(TypestateValue.NONE, store);
    }
    return result(new Fresh(Held.fresh(Set.of(p.initial()), true, n.getTree())), store);
  }

  @Override
  public TransferResult<TypestateValue, TypestateStore> visitMemberReference(FunctionalInterfaceNode n, TransferInput<TypestateValue, TypestateStore> in) {
    TypestateStore store = in.getRegularStore();
    boolean lambda = n.getTree() instanceof com.sun.source.tree.LambdaExpressionTree;
    List<Finding> out = at(n);
    out.clear();
    handoffs.captures(n.getTree(), store, lambda ? "captured by a lambda" : "captured by a method reference", out);
    return result(TypestateValue.NONE, store);
  }

  @Override
  public TransferResult<TypestateValue, TypestateStore> visitMethodInvocation(MethodInvocationNode n, TransferInput<TypestateValue, TypestateStore> in) {
    TypestateStore store = in.getRegularStore();
    ExecutableElement m = n.getTarget().getMethod();
    List<Finding> out = at(n);
    out.clear();
    if (m == null) {
      return result(TypestateValue.NONE, store);
    }
    handoffs.arguments(m, n.getArguments(), in, store, n.getTree(), out);
    TypestateStore onThrow = m.getThrownTypes().isEmpty() ? null : store.copy();
    TransferResult<TypestateValue, TypestateStore> r = invoke(n, m, in, store, out);
    if (onThrow == null) {
      return r;
    }
    // a declared exception: what the call took over (an @Owned argument, a @Consume receiver) is the
    // callee's however it ends, as the ownership checker decides; the rest is as before the call
    if (ownership.consumesReceiver(m) && n.getTarget().getReceiver() != null
        && in.getValueOfSubNode(n.getTarget().getReceiver()) instanceof Ref(VariableElement var)
        && onThrow.get(var) instanceof Held h && ownership.isMoveOnly(var.asType())) {
      onThrow.put(var, h.lose().ended());
    }
    Map<TypeMirror, TypestateStore> exceptional = new IdentityHashMap<>();
    for (TypeMirror thrown : m.getThrownTypes()) {
      exceptional.put(thrown, onThrow.copy());
    }
    return r.withExceptionalStores(exceptional);
  }

  private TransferResult<TypestateValue, TypestateStore> invoke(
      MethodInvocationNode n, ExecutableElement m, TransferInput<TypestateValue, TypestateStore> in,
      TypestateStore store, List<Finding> out) {
    Node receiver = n.getTarget().getReceiver();
    if (receiver instanceof ThisNode && currentClass != null && m.getEnclosingElement() instanceof TypeElement owner
        && protocols.types().isSubtype(currentClass.asType(), protocols.types().erasure(owner.asType()))) {
      // every method of the class leaves its @State fields in their declared states
      stateFields.forEach((field, spec) -> {
        if (store.get(field) != null) {
          store.put(field, store.get(field).to(spec.value(), n.getTree()));
        }
      });
    }
    TypestateValue rv = receiver == null ? TypestateValue.NONE : in.getValueOfSubNode(receiver);
    TypestateValue value = resultOf(m, n.getTree());
    if (rv instanceof Ref(VariableElement var) && store.get(var) instanceof Held h && !h.lost()) {
      ProtocolModel p = protocols.of(var.asType());
      Contract c = protocols.contract(m);
      if (p != null) {
        return calls.apply(n, m, var, h, p, c, store, value, out);
      }
    }
    if (rv instanceof Fresh f && protocols.of(TreeUtils.typeOf(receiver.getTree())) instanceof ProtocolModel p) {
      // `new Conn().send()`: the object has no name, but its state is known
      Contract c = protocols.contract(m);
      if (c.requires() != null) {
        Set<String> bad = new LinkedHashSet<>(f.held().states());
        bad.removeAll(c.requires());
        if (!bad.isEmpty()) {
          TypeMirror type = TreeUtils.typeOf(receiver.getTree());
          out.add(new Finding.WrongState(n.getTree(), null, "the new `" + p.name() + "`", type,
              m.getSimpleName() + "()", f.held(), bad, c, p));
        }
      }
    }
    return result(value, store);
  }

  /** The value of a call's result: a new object if the result declares {@code @State}. */
  private TypestateValue resultOf(ExecutableElement m, Tree call) {
    StateSpec spec = protocols.resultState(m);
    if (spec == null || spec.value().isEmpty() || protocols.of(m.getReturnType()) == null) {
      return TypestateValue.NONE;
    }
    return new Fresh(Held.fresh(spec.value(), true, call));
  }

  @Override
  public TransferResult<TypestateValue, TypestateStore> visitVariableDeclaration(VariableDeclarationNode n, TransferInput<TypestateValue, TypestateStore> in) {
    TypestateStore store = in.getRegularStore();
    VariableElement var = TreeUtils.elementFromDeclaration(n.getTree());
    List<Finding> out = at(n);
    out.clear();
    if (var != null && shapes.catchParameters.contains(var)) {
      store.caught();
    }
    if (var != null && store.get(var) instanceof Held old) {
      ProtocolModel p = protocols.of(var.asType());
      if (p != null && old.owes() && !old.lost() && !p.allEnd(old.states())) {
        out.add(new Finding.Dies(n.getTree(), var, old, p,
            "declared again here, while the object of the previous iteration of the loop is still alive"));
      }
      store.remove(var);
    }
    return result(TypestateValue.NONE, store);
  }

  @Override
  public TransferResult<TypestateValue, TypestateStore> visitAssignment(AssignmentNode n, TransferInput<TypestateValue, TypestateStore> in) {
    TypestateStore store = in.getRegularStore();
    TypestateValue value = in.getValueOfSubNode(n.getExpression());
    List<Finding> out = at(n);
    out.clear();
    Node target = n.getTarget();
    Tree tree = n.getTree();
    if (target instanceof LocalVariableNode lv && lv.getElement() instanceof VariableElement var) {
      if (n.getExpression() instanceof MethodInvocationNode call && call.getTarget().getReceiver() != null
          && in.getValueOfSubNode(call.getTarget().getReceiver()) instanceof Ref(VariableElement self)
          && self.equals(var) && store.get(var) instanceof Held h) {
        // `b = b.name("x")`: a fluent call is taken to return its receiver, already in its new state
        if (value instanceof Fresh f && !h.lost()) {
          store.put(var, h.to(f.held().states(), tree));
        }
      } else {
        assignLocal(var, value, store, tree, out);
      }
    } else if (target instanceof FieldAccessNode fa && fa.getElement() instanceof VariableElement field) {
      if (fa.getReceiver() instanceof ThisNode && stateFields.containsKey(field)) {
        assignStateField(field, value, store, tree, out);
      } else {
        handoffs.escape(value, store, tree, "stored into field `" + field.getSimpleName() + "`, which declares no `@State`", out);
      }
    } else if (target instanceof ArrayAccessNode) {
      handoffs.escape(value, store, tree, "stored into an array element", out);
    }
    return result(value, store);
  }

  private void assignLocal(VariableElement var, TypestateValue value, TypestateStore store, Tree tree, List<Finding> out) {
    ProtocolModel p = protocols.of(var.asType());
    Outcome outcome = Outcomes.of(value, store);
    if (outcome != null) {
      // an enum result kept in a local (or a switch's selector): a later branch on it still decides
      store.putOutcome(var, outcome);
      return;
    }
    if (p == null) {
      handoffs.escape(value, store, tree, "assigned to `" + var.getSimpleName() + "`, whose type has no protocol", out);
      return;
    }
    if (store.get(var) instanceof Held old && old.owes() && !old.lost() && !p.allEnd(old.states())) {
      out.add(new Finding.Dies(tree, var, old, p, "overwritten here"));
    }
    Held incoming = handoffs.take(value, store, var, tree, out);
    if (incoming == null) {
      store.remove(var);
      return;
    }
    StateSpec spec = protocols.stateOf(var);
    if (spec != null && !incoming.lost() && !spec.value().containsAll(incoming.states())) {
      out.add(new Finding.NotInState(tree, "`" + var.getSimpleName() + "`", incoming, spec.value(), "its `@State`", p));
    }
    store.put(var, incoming);
  }

  private void assignStateField(VariableElement field, TypestateValue value, TypestateStore store, Tree tree, List<Finding> out) {
    ProtocolModel p = protocols.of(field.asType());
    if (store.get(field) instanceof Held old && old.owes() && !old.lost() && p != null && !p.allEnd(old.states())) {
      out.add(new Finding.Dies(tree, field, old, p, "overwritten here"));
    }
    Held incoming;
    if (value instanceof Ref(VariableElement src) && src.getKind() != ElementKind.FIELD && store.get(src) instanceof Held h) {
      // handed over to the field, which the checker follows: the local is done with it
      incoming = h;
      store.put(src, h.lose().ended());
    } else {
      incoming = handoffs.take(value, store, field, tree, out);
    }
    if (incoming == null) {
      store.remove(field);
    } else {
      // the field holds it now: the object's end is the field's concern (checked as T0006)
      store.put(field, incoming.ended());
    }
  }

  @Override
  public TransferResult<TypestateValue, TypestateStore> visitReturn(ReturnNode n, TransferInput<TypestateValue, TypestateStore> in) {
    TypestateStore store = in.getRegularStore();
    List<Finding> out = at(n);
    out.clear();
    if (n.getResult() == null) {
      return result(TypestateValue.NONE, store);
    }
    TypestateValue value = in.getValueOfSubNode(n.getResult());
    Held h = value instanceof Ref(VariableElement var) ? store.get(var) : value instanceof Fresh f ? f.held() : null;
    StateSpec spec = method == null ? null : protocols.resultState(method);
    ProtocolModel p = method == null ? null : protocols.of(method.getReturnType());
    if (h != null && !h.lost() && spec != null && p != null && !spec.value().containsAll(h.states())) {
      out.add(new Finding.NotInState(n.getTree(), "the returned value", h, spec.value(), "the method's result", p));
    }
    if (value instanceof Ref(VariableElement var) && h != null && !stateFields.containsKey(var)) {
      store.put(var, h.ended()); // handed on to the caller
    }
    return result(TypestateValue.NONE, store);
  }

  // ---- conditions: null checks and enum outcomes -------------------------------------------

  @Override
  public TransferResult<TypestateValue, TypestateStore> visitEqualTo(EqualToNode n, TransferInput<TypestateValue, TypestateStore> in) {
    return compare(n.getLeftOperand(), n.getRightOperand(), true, in);
  }

  @Override
  public TransferResult<TypestateValue, TypestateStore> visitNotEqual(NotEqualNode n, TransferInput<TypestateValue, TypestateStore> in) {
    return compare(n.getLeftOperand(), n.getRightOperand(), false, in);
  }

  private TransferResult<TypestateValue, TypestateStore> compare(Node left, Node right, boolean equal, TransferInput<TypestateValue, TypestateStore> in) {
    TypestateStore store = in.getRegularStore();
    for (Node[] pair : new Node[][] {{left, right}, {right, left}}) {
      TypestateValue v = in.getValueOfSubNode(pair[0]);
      if (pair[1] instanceof NullLiteralNode && v instanceof Ref(VariableElement var) && store.get(var) != null) {
        TypestateStore isNull = store.copy();
        isNull.remove(var); // null holds nothing
        return equal ? new ConditionalTransferResult<>(TypestateValue.NONE, isNull, store, true)
            : new ConditionalTransferResult<>(TypestateValue.NONE, store, isNull, true);
      }
      TypestateStore[] split = Outcomes.onConstant(v, pair[1], store);
      if (split != null) {
        return equal ? new ConditionalTransferResult<>(TypestateValue.NONE, split[0], split[1], true)
            : new ConditionalTransferResult<>(TypestateValue.NONE, split[1], split[0], true);
      }
    }
    return result(TypestateValue.NONE, store);
  }

  @Override
  public TransferResult<TypestateValue, TypestateStore> visitCase(CaseNode n, TransferInput<TypestateValue, TypestateStore> in) {
    TypestateStore store = in.getRegularStore();
    TypestateStore[] split = Outcomes.onCase(n, store);
    return split == null ? result(TypestateValue.NONE, store)
        : new ConditionalTransferResult<>(TypestateValue.NONE, split[0], split[1], true);
  }

  /** {@code a && b}, {@code a || b}: the CFG already split the stores; keep both sides. */
  @Override
  public TransferResult<TypestateValue, TypestateStore> visitConditionalAnd(ConditionalAndNode n, TransferInput<TypestateValue, TypestateStore> in) {
    return keepBoth(in);
  }

  @Override
  public TransferResult<TypestateValue, TypestateStore> visitConditionalOr(ConditionalOrNode n, TransferInput<TypestateValue, TypestateStore> in) {
    return keepBoth(in);
  }

  private static TransferResult<TypestateValue, TypestateStore> keepBoth(TransferInput<TypestateValue, TypestateStore> in) {
    if (in.containsTwoStores()) {
      return new ConditionalTransferResult<>(TypestateValue.NONE, in.getThenStore().copy(), in.getElseStore().copy(), true);
    }
    return result(TypestateValue.NONE, in.getRegularStore());
  }

  @Override
  public TransferResult<TypestateValue, TypestateStore> visitConditionalNot(ConditionalNotNode n, TransferInput<TypestateValue, TypestateStore> in) {
    if (in.containsTwoStores()) {
      return new ConditionalTransferResult<>(TypestateValue.NONE, in.getElseStore().copy(), in.getThenStore().copy(), true);
    }
    return result(TypestateValue.NONE, in.getRegularStore());
  }
}
