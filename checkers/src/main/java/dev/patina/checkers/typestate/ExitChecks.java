package dev.patina.checkers.typestate;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import dev.patina.checkers.flow.ExitPoints;
import dev.patina.checkers.ownership.OwnershipFacts;
import dev.patina.checkers.typestate.TypestateValue.Ref;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ConditionalBlock;
import org.checkerframework.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ThrowNode;

/**
 * The checks at a body's exits. On every normal exit: an object a local still owes must be in an
 * end state (T0002, where its name dies: the {@code return}, or the end of its scope), a {@code
 * @State} parameter must be in its {@code after} states and a {@code @State} field in its states
 * (T0006). On every exceptional exit (a checked exception a call declares, a {@code throw}, an
 * unchecked exception that a catch clause made a real path): the owed objects must be in an end
 * state too (T0002 at the throwing call).
 */
final class ExitChecks {

  private final Reports reports;
  private final Protocols protocols;
  private final TypestateAnalysis analysis;
  private final ControlFlowGraph cfg;
  private final BodyShapes shapes;
  private final ExecutableElement method;
  private final Map<VariableElement, StateSpec> fields;
  private final OwnershipFacts ownership;

  ExitChecks(Reports reports, Protocols protocols, OwnershipFacts ownership, TypestateAnalysis analysis,
      ControlFlowGraph cfg, BodyShapes shapes, ExecutableElement method, Map<VariableElement, StateSpec> fields) {
    this.reports = reports;
    this.protocols = protocols;
    this.ownership = ownership;
    this.analysis = analysis;
    this.cfg = cfg;
    this.shapes = shapes;
    this.method = method;
    this.fields = fields;
  }

  void check() {
    ExitPoints exitPoints = new ExitPoints(Trees.instance(reports.checker().getProcessingEnvironment()), reports.root());
    Block exit = cfg.getRegularExitBlock();
    for (Block pred : ExitPoints.sortedPredecessors(exit)) {
      TypestateStore store = ExitPoints.storeAfter(analysis, pred, exit);
      if (store != null && !store.dead()) {
        regularExit(store, exitPoints.exitOf(pred, exit));
      }
    }
    Block exceptional = cfg.getExceptionalExitBlock();
    for (Block pred : ExitPoints.sortedPredecessors(exceptional)) {
      if (pred instanceof ExceptionBlock eb) {
        exceptionalExit(eb, exceptional);
      }
    }
  }

  private void regularExit(TypestateStore store, Tree returnTree) {
    for (Map.Entry<VariableElement, Held> e : store.vars().entrySet()) {
      VariableElement var = e.getKey();
      Held held = e.getValue();
      ProtocolModel p = protocols.of(var.asType());
      if (held.lost() || p == null || TypestateTransfer.isSynthetic(var)) {
        continue;
      }
      StateSpec spec = var.getKind() == ElementKind.FIELD ? fields.get(var)
          : var.getKind() == ElementKind.PARAMETER && !held.owes() ? protocols.stateOf(var) : null;
      Set<String> required = spec == null ? null : var.getKind() == ElementKind.FIELD ? spec.value() : spec.exit();
      if (required != null && !required.containsAll(held.states()) && reports.first(List.of("T0006", var))) {
        Tree at = returnTree != null ? returnTree : lastStatement(reports.code());
        reports.notRestored(at, var, held, required, p, returnTree == null);
      }
      if (var.getKind() != ElementKind.FIELD && held.owes() && !p.allEnd(held.states())) {
        lastReferenceDies(var, held, p, returnTree);
      }
    }
  }

  private void lastReferenceDies(VariableElement var, Held held, ProtocolModel p, Tree returnTree) {
    if (!reports.first(List.of(Finding.Dies.class, var, held.origin() == null ? var : held.origin()))) {
      return;
    }
    Tree scope = shapes.scopes.get(var);
    var d = reports.details();
    if (returnTree != null && (scope == null || contains(scope, returnTree))) {
      reports.dies(returnTree, var, held, p, "the method returns here", d);
      return;
    }
    Tree at = lastStatement(scope != null ? scope : reports.code());
    long end = scope == null ? reports.endOfBody() : closingBrace(scope);
    d.atOffset(end, Handoffs.name(var) + " goes out of scope here");
    reports.dies(at, var, held, p, "at the end of its scope", d);
  }

  private void exceptionalExit(ExceptionBlock eb, Block exceptionalExit) {
    Node node = eb.getNode();
    for (Map.Entry<TypeMirror, Set<Block>> e : eb.getExceptionalSuccessors().entrySet()) {
      if (!e.getValue().contains(exceptionalExit)) {
        continue;
      }
      TypeMirror cause = e.getKey();
      boolean thrownHere = node instanceof ThrowNode t && shapes.throwStatements.contains(t.getTree());
      if (!thrownHere && ownership.isUnchecked(cause)) {
        continue; // an undeclared unchecked exception leaving the method: not a path (as for P1001)
      }
      TypestateStore store = analysis.getResult().getStoreBefore(node);
      if (store == null || store.unwinding() || store.dead()) {
        continue;
      }
      Set<VariableElement> handedOn = handedOn(node, store);
      String how = thrownHere ? "this `throw` leaves the method"
          : "the method ends here if " + callName(node) + " throws `" + simpleName(cause) + "`";
      for (Map.Entry<VariableElement, Held> s : store.vars().entrySet()) {
        VariableElement var = s.getKey();
        Held held = s.getValue();
        ProtocolModel p = protocols.of(var.asType());
        if (var.getKind() != ElementKind.FIELD && p != null && held.owes() && !TypestateTransfer.isSynthetic(var) && !held.lost() && !handedOn.contains(var)
            && !p.allEnd(held.states())
            && reports.first(List.of(Finding.Dies.class, var, held.origin() == null ? var : held.origin()))) {
          reports.dies(node.getTree(), var, held, p, how, reports.details());
        }
      }
    }
  }

  /**
   * What a throwing call has taken over anyway, as the ownership checker decides: a {@code
   * @Consume} receiver and the arguments of {@code @Owned} parameters are the callee's, however it ends.
   */
  private Set<VariableElement> handedOn(Node node, TypestateStore store) {
    Set<VariableElement> out = new HashSet<>();
    if (!(node instanceof MethodInvocationNode inv) || inv.getTarget().getMethod() == null) {
      return out;
    }
    ExecutableElement m = inv.getTarget().getMethod();
    if (ownership.consumesReceiver(m) && analysis.getResult().getValue(inv.getTarget().getReceiver()) instanceof Ref(VariableElement r)) {
      out.add(r);
    }
    for (int i = 0; i < inv.getArguments().size(); i++) {
      if (ownership.ownsArgument(m, i) && analysis.getResult().getValue(inv.getArguments().get(i)) instanceof Ref(VariableElement a)) {
        out.add(a);
      }
    }
    return out;
  }

  private static String callName(Node node) {
    if (node instanceof MethodInvocationNode inv && inv.getTarget().getMethod() != null) {
      return "`" + inv.getTarget().getMethod().getSimpleName() + "()`";
    }
    return "this";
  }

  private static String simpleName(TypeMirror t) {
    String s = t.toString();
    return s.substring(s.lastIndexOf('.') + 1);
  }

  private boolean contains(Tree outer, Tree inner) {
    var pos = reports.positions();
    var root = reports.root();
    return pos.getStartPosition(root, outer) <= pos.getStartPosition(root, inner)
        && pos.getEndPosition(root, inner) <= pos.getEndPosition(root, outer);
  }

  private long closingBrace(Tree scope) {
    long end = reports.positions().getEndPosition(reports.root(), scope);
    return end > 0 ? end - 1 : reports.endOfBody();
  }

  /** The last statement run in a scope, where a name declared in it is last alive. */
  private static Tree lastStatement(Tree scope) {
    Tree s = scope;
    if (s instanceof com.sun.source.tree.MethodTree m && m.getBody() != null) {
      s = m.getBody();
    } else if (s instanceof com.sun.source.tree.LambdaExpressionTree l) {
      s = l.getBody();
    }
    List<? extends StatementTree> stmts = s instanceof BlockTree b ? b.getStatements()
        : s instanceof CaseTree c && c.getStatements() != null ? c.getStatements() : List.of();
    return stmts.isEmpty() ? s : stmts.get(stmts.size() - 1);
  }
}
