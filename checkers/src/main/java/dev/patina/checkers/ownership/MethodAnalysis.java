package dev.patina.checkers.ownership;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.patina.checkers.diagnostics.Details;
import dev.patina.checkers.flow.ExitPoints;
import dev.patina.checkers.ownership.Finding.Escape;
import dev.patina.checkers.ownership.Finding.MoveOutOfBorrow;
import dev.patina.checkers.ownership.Finding.BorrowEscapes;
import dev.patina.checkers.ownership.Finding.MutThroughShared;
import dev.patina.checkers.ownership.Finding.Overwritten;
import dev.patina.checkers.ownership.Finding.SendBorrow;
import dev.patina.checkers.ownership.Finding.UseAfterMove;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.UnderlyingAST;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ConditionalBlock;
import org.checkerframework.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.dataflow.cfg.builder.CFGBuilder;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ThrowNode;
import org.checkerframework.javacutil.TreePathUtil;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The ownership analysis of one method or lambda body: builds its control-flow graph, runs the
 * {@link OwnershipTransfer} to a fixed point, then reports what the transfer found at single nodes
 * and what remains owned at each exit (P1001), on normal and on exceptional paths.
 *
 * <p>Exceptional paths are those of checked exceptions a call declares and of {@code throw}
 * statements; an unchecked exception that a call does not declare and that leaves the method
 * uncaught is not a path (like the Resource Leak Checker, and like a Rust panic that aborts).
 */
final class MethodAnalysis {

  private final OwnershipChecker checker;
  private final OwnershipTypes types;
  private final CompilationUnitTree root;
  private final SourcePositions positions;
  private final UnderlyingAST ast;
  private final TreePath path;
  private final Tree code;
  private final ExecutableElement method;
  private final boolean consumesThis;
  private final boolean constructor;
  private final TypeElement currentClass;
  private final TypeMirror resultType;
  /** What was already reported, so that one leak or move is one diagnostic. */
  private final Set<Object> reported = new HashSet<>();

  private MethodAnalysis(
      OwnershipChecker checker, OwnershipTypes types, CompilationUnitTree root, TreePath path,
      UnderlyingAST ast, Tree code, ExecutableElement method, TypeMirror resultType) {
    this.checker = checker;
    this.types = types;
    this.root = root;
    this.positions = Trees.instance(checker.getProcessingEnvironment()).getSourcePositions();
    this.path = path;
    this.ast = ast;
    this.code = code;
    this.method = method;
    this.resultType = resultType;
    this.consumesThis = method != null && types.modes(method).consumesReceiver();
    this.constructor = method != null && method.getKind() == ElementKind.CONSTRUCTOR;
    ClassTree classTree = TreePathUtil.enclosingClass(path);
    this.currentClass = classTree == null ? null : TreeUtils.elementFromDeclaration(classTree);
  }

  static MethodAnalysis ofMethod(OwnershipChecker checker, OwnershipTypes types, CompilationUnitTree root, TreePath path, MethodTree m) {
    ClassTree cls = TreePathUtil.enclosingClass(path);
    ExecutableElement e = TreeUtils.elementFromDeclaration(m);
    TypeMirror result = e == null ? null : e.getReturnType();
    return new MethodAnalysis(checker, types, root, path, new UnderlyingAST.CFGMethod(m, cls), m.getBody(), e, result);
  }

  static MethodAnalysis ofLambda(OwnershipChecker checker, OwnershipTypes types, CompilationUnitTree root, TreePath path, LambdaExpressionTree l) {
    ClassTree cls = TreePathUtil.enclosingClass(path);
    MethodTree enclosingMethod = TreePathUtil.enclosingMethod(path);
    return new MethodAnalysis(checker, types, root, path, new UnderlyingAST.CFGLambda(l, cls, enclosingMethod), l.getBody(), null, null);
  }

  void run() {
    ControlFlowGraph cfg = CFGBuilder.build(root, ast, false, false, checker.getProcessingEnvironment());
    boolean borrowedResult = method != null && types.modes(method).borrowedResult();
    // a lambda is scanned from its own tree, so that an expression body counts as returned
    Tree scanRoot = ast instanceof UnderlyingAST.CFGLambda l ? l.getLambdaTree() : code;
    MovePositions moves = MovePositions.of(scanRoot, types, resultType, borrowedResult);
    OwnershipTransfer transfer = new OwnershipTransfer(types, moves, currentClass, constructor, ownedFieldsToConsume(), functionModes());
    OwnershipAnalysis analysis = new OwnershipAnalysis(transfer, types);
    analysis.performAnalysis(cfg);
    reportFindings(transfer.findings());
    if (!transfer.borrowChecks().isEmpty()) {
      new BorrowConflicts(checker, root, positions, code, reported)
          .report(transfer.borrowChecks(), BorrowLiveness.of(cfg, moves));
    }
    new Exits(analysis, cfg, moves).check();
  }

  /** A lambda's parameters are held as the method it implements says ({@code Sink.accept(@Owned T)}). */
  private OwnershipTypes.MethodModes functionModes() {
    if (!(ast instanceof UnderlyingAST.CFGLambda l)) {
      return null;
    }
    ExecutableElement fn = TreeUtils.findFunction(l.getLambdaTree(), checker.getProcessingEnvironment());
    return fn == null ? null : types.modes(fn);
  }

  /** In a {@code @Consume} method every {@code @Owned} field must be consumed before it returns. */
  private List<VariableElement> ownedFieldsToConsume() {
    List<VariableElement> fields = new ArrayList<>();
    if (consumesThis && currentClass != null) {
      for (VariableElement f : javax.lang.model.util.ElementFilter.fieldsIn(currentClass.getEnclosedElements())) {
        if (types.isOwnedField(f) && types.isLinear(f.asType())) {
          fields.add(f);
        }
      }
    }
    return fields;
  }

  private Details details() {
    return new Details(root, positions);
  }

  private void reportFindings(Map<Node, List<Finding>> findings) {
    List<Finding> sorted = new ArrayList<>();
    findings.values().forEach(sorted::addAll);
    sorted.sort(Comparator.comparingLong(f -> positions.getStartPosition(root, f.tree())));
    for (Finding f : sorted) {
      // a finally block is in the graph once per way out of it: one report per place and kind
      if (!reported.add(List.of(f.getClass(), f.tree()))) {
        continue;
      }
      switch (f) {
        case UseAfterMove u -> reportUseAfterMove(u);
        case MoveOutOfBorrow m -> {
          Details d = details();
          if (m.lender() != null && m.lender() != m.tree()) {
            d.at(m.lender(), m.why());
          } else {
            d.note(m.why());
          }
          boolean field = m.lender() == null;
          checker.reportError(
              m.tree(), "P0507", m.name(),
              d.note("it would be " + m.site().how()).help(checker.text(field ? "help.P0507.field" : "help.P0507")));
        }
        case Overwritten o -> reportOverwritten(o);
        case MutThroughShared m -> {
          Details d = details();
          if (m.lender() != null && m.lender() != m.tree()) {
            d.at(m.lender(), "`" + m.name() + "` is a shared borrow from here (not `@Mut`)");
          }
          checker.reportError(m.tree(), "P0596", m.name(), m.what(),
              d.help(String.format(checker.text("help.P0596"), m.name())));
        }
        case BorrowEscapes e -> {
          Details d = details();
          if (e.lender() != null && e.lender() != e.tree()) {
            d.at(e.lender(), "`" + e.name() + "` is borrowed from here");
          }
          checker.reportError(e.tree(), "P0597", "borrowed value `" + e.name() + "`", e.how(),
              d.help(checker.text("help.P0597")));
        }
        case SendBorrow b -> {
          Details d = details();
          if (b.lender() != null && b.lender() != b.tree()) {
            d.at(b.lender(), "`" + b.name() + "` is borrowed from here");
          }
          checker.reportError(b.tree(), "P0373", b.name(), d.note("it is " + b.label()).help(checker.text("help.P0373")));
        }
        case Escape e -> checker.reportWarning(
            e.tree(), "P1003", e.var().getSimpleName(),
            details().note("it is " + e.how()).help(checker.text("help.P1003")));
      }
    }
  }

  private void reportUseAfterMove(UseAfterMove u) {
    if (!u.moves().isEmpty() && u.moves().stream().allMatch(s -> s.tree() == u.tree()) && !inLoop(u.tree())) {
      // moved only by this very use, with no loop around it: the CFG visits a finally block once
      // per way out of it (a return inside it runs the copy again), not the program
      return;
    }
    String name = nameOf(u.var());
    Details d = details();
    boolean loop = false;
    for (Site s : u.moves()) {
      boolean self = s.tree() == u.tree();
      loop |= self;
      d.at(s.tree(), "value " + s.how() + (self ? ", in the previous iteration of the loop" : " here"));
    }
    boolean consumed = !u.moves().isEmpty() && u.moves().stream().allMatch(s -> s.how().startsWith("consumed"));
    String help = loop ? "help.P0382.loop" : consumed ? "help.P0382.consumed" : "help.P0382";
    checker.reportError(u.tree(), "P0382", name, d.help(String.format(checker.text(help), name)));
  }

  /** Whether {@code tree} sits in a loop of this body, so that it can run twice. */
  private boolean inLoop(Tree tree) {
    TreePath p = Trees.instance(checker.getProcessingEnvironment()).getPath(root, tree);
    for (; p != null && p.getLeaf() != code; p = p.getParentPath()) {
      switch (p.getLeaf().getKind()) {
        case FOR_LOOP, ENHANCED_FOR_LOOP, WHILE_LOOP, DO_WHILE_LOOP -> {
          return true;
        }
        case LAMBDA_EXPRESSION, CLASS, METHOD -> {
          return false;
        }
        default -> {}
      }
    }
    return false;
  }

  private void reportOverwritten(Overwritten o) {
    if (!reported.add(List.of(o.var(), o.origin() != null ? o.origin() : o.tree()))) {
      return;
    }
    String name = nameOf(o.var());
    Details d = details();
    if (o.origin() != null && o.origin() != o.tree()) {
      d.at(o.origin(), "the value is owned from here");
    }
    String path = o.redeclared()
        ? "the value from the previous iteration of the loop is still owned when it is declared again"
        : "it is overwritten while it still owns a value";
    checker.reportError(
        o.tree(), "P1001", name, path,
        d.help(String.format(checker.text("help.P1001.overwrite"), name, OwnershipTypes.consumeHint(o.var().asType()))));
  }

  private static String nameOf(VariableElement var) {
    String name = var.getSimpleName().isEmpty() ? "_" : var.getSimpleName().toString();
    return var.getKind() == ElementKind.FIELD ? "this." + name : name;
  }

  /** The exit checks: what is still owned where the body returns or throws. */
  private final class Exits {
    private final OwnershipAnalysis analysis;
    private final ControlFlowGraph cfg;
    private final MovePositions moves;
    private final ExitPoints exitPoints = new ExitPoints(Trees.instance(checker.getProcessingEnvironment()), root);

    Exits(OwnershipAnalysis analysis, ControlFlowGraph cfg, MovePositions moves) {
      this.analysis = analysis;
      this.cfg = cfg;
      this.moves = moves;
    }

    void check() {
      Block exit = cfg.getRegularExitBlock();
      for (Block pred : ExitPoints.sortedPredecessors(exit)) {
        OwnershipStore store = ExitPoints.storeAfter(analysis, pred, exit);
        if (store != null) {
          checkRegularExit(store, exitPoints.exitOf(pred, exit));
        }
      }
      Block exceptional = cfg.getExceptionalExitBlock();
      for (Block pred : ExitPoints.sortedPredecessors(exceptional)) {
        if (pred instanceof ExceptionBlock eb) {
          checkExceptionalExit(eb, exceptional);
        }
      }
    }

    private void checkRegularExit(OwnershipStore store, Tree returnTree) {
      for (Map.Entry<VariableElement, VarState> e : store.states().entrySet()) {
        VariableElement var = e.getKey();
        VarState state = e.getValue();
        if (OwnershipTransfer.isSynthetic(var)) {
          continue;
        }
        if (var.getKind() == ElementKind.FIELD) {
          checkFieldAtExit(var, state, returnTree);
        } else if (state.may(Flag.OWNED) && !state.may(Flag.ESCAPED) && types.isLinear(var.asType())) {
          leak(var, state, returnTree, returnTree != null ? "still owned when the method returns here" : null);
        }
      }
    }

    private void checkFieldAtExit(VariableElement field, VarState state, Tree returnTree) {
      if (consumesThis && state.may(Flag.OWNED) && types.isLinear(field.asType())) {
        String name = nameOf(field);
        if (reported.add(field)) {
          Tree at = returnTree != null ? returnTree : path.getLeaf();
          Details d = details();
          for (Site s : state.moves()) {
            d.at(s.tree(), s.how() + " here, but not on every path");
          }
          if (returnTree == null) {
            d.atOffset(endOfBody(), "the method can end here with the field still owned");
          }
          checker.reportError(
              at, "P1001", name, "this `@Consume` method can return without consuming it",
              d.help(String.format(checker.text("help.P1001.field"), name, OwnershipTypes.consumeHint(field.asType()))));
        }
      } else if (!consumesThis && !constructor && state.may(Flag.MOVED)) {
        for (Site s : state.moves()) {
          if (reported.add(s)) {
            checker.reportError(
                s.tree(), "P0507", nameOf(field),
                details().atOffset(endOfBody(), "the method can return here with the field moved out")
                    .help(checker.text("help.P0507.field")));
          }
        }
      }
    }

    private void checkExceptionalExit(ExceptionBlock eb, Block exceptionalExit) {
      Node node = eb.getNode();
      for (Map.Entry<TypeMirror, Set<Block>> e : eb.getExceptionalSuccessors().entrySet()) {
        if (!e.getValue().contains(exceptionalExit)) {
          continue;
        }
        TypeMirror cause = e.getKey();
        boolean thrownHere = node instanceof ThrowNode t && moves.throwStatements.contains(t.getTree());
        if (!thrownHere && types.isUnchecked(cause)) {
          continue; // an undeclared unchecked exception leaving the method: not a leak path
        }
        OwnershipStore store = analysis.getResult().getStoreBefore(node);
        if (store == null || store.unwinding()) {
          continue; // e.g. the end of a finally block that only unchecked exceptions reach
        }
        String label = thrownHere
            ? "still owned when this throws"
            : "still owned if " + callName(node) + " throws `" + OwnershipTypes.simpleName(cause) + "` here";
        for (Map.Entry<VariableElement, VarState> s : store.states().entrySet()) {
          VariableElement var = s.getKey();
          VarState state = s.getValue();
          if (var.getKind() != ElementKind.FIELD && !OwnershipTransfer.isSynthetic(var)
              && state.may(Flag.OWNED) && !state.may(Flag.ESCAPED) && types.isLinear(var.asType())) {
            leakAt(var, state, node.getTree(), label);
          }
        }
      }
    }

    private String callName(Node node) {
      if (node instanceof MethodInvocationNode inv && inv.getTarget().getMethod() != null) {
        return "`" + inv.getTarget().getMethod().getSimpleName() + "()`";
      }
      return "this";
    }

    private void leak(VariableElement var, VarState state, Tree exitTree, String label) {
      if (exitTree != null) {
        leakAt(var, state, exitTree, label);
        return;
      }
      leakAtOffset(var, state, endOfBody(), "still owned when the method ends here");
    }

    private void leakAt(VariableElement var, VarState state, Tree exitTree, String label) {
      leakAtOffset(var, state, positions.getStartPosition(root, exitTree), label);
    }

    private void leakAtOffset(VariableElement var, VarState state, long exitOffset, String label) {
      Tree origin = state.origin() != null ? state.origin() : code;
      if (!reported.add(List.of(var, origin))) {
        return;
      }
      String name = nameOf(var);
      Details d = details();
      // where it is consumed on the other paths tells the reader which path forgot to
      for (Site s : state.moves()) {
        d.at(s.tree(), s.how() + " here, but not on every path");
      }
      checker.reportError(
          origin, "P1001", name, "it can leak",
          d.atOffset(exitOffset, label)
              .help(String.format(checker.text("help.P1001"), name, OwnershipTypes.consumeHint(var.asType()))));
    }

    /** The offset of the closing brace of the body, where a method that falls off its end exits. */
    private long endOfBody() {
      long end = positions.getEndPosition(root, code);
      return code instanceof BlockTree && end > 0 ? end - 1 : positions.getStartPosition(root, code);
    }
  }
}
