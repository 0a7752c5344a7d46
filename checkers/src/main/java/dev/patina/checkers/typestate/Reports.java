package dev.patina.checkers.typestate;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import dev.patina.checkers.diagnostics.Details;
import dev.patina.checkers.typestate.Finding.Dies;
import dev.patina.checkers.typestate.Finding.Escapes;
import dev.patina.checkers.typestate.Finding.NotInState;
import dev.patina.checkers.typestate.Finding.WrongState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.dataflow.cfg.node.Node;

/**
 * Turns what the analysis found into diagnostics, in the spec's terms: the states an object may be
 * in, where it entered the offending ones ({@code -->} labels), and one {@code help:} line. One
 * problem is one diagnostic: a finally block is in the graph once per way out of it, so reports are
 * deduplicated by place and kind.
 */
final class Reports {

  private final TypestateChecker checker;
  private final CompilationUnitTree root;
  private final SourcePositions positions;
  private final Tree code;
  private final Set<Object> reported = new HashSet<>();
  private final Map<VariableElement, Tree> declarations;

  Reports(TypestateChecker checker, CompilationUnitTree root, Tree code, Map<VariableElement, Tree> declarations) {
    this.checker = checker;
    this.declarations = declarations;
    this.root = root;
    this.positions = Trees.instance(checker.getProcessingEnvironment()).getSourcePositions();
    this.code = code;
  }

  TypestateChecker checker() {
    return checker;
  }

  Details details() {
    return new Details(root, positions);
  }

  SourcePositions positions() {
    return positions;
  }

  CompilationUnitTree root() {
    return root;
  }

  Tree code() {
    return code;
  }

  /** Records that {@code key} was reported; false if it already was. */
  boolean first(Object key) {
    return reported.add(key);
  }

  void findings(Map<Node, List<Finding>> findings) {
    List<Finding> sorted = new ArrayList<>();
    findings.values().forEach(sorted::addAll);
    sorted.sort(Comparator.comparingLong(f -> positions.getStartPosition(root, f.tree())));
    for (Finding f : sorted) {
      Object key = switch (f) {
        case Escapes e -> List.of(Escapes.class, f.tree(), e.what());
        case Dies d -> List.of(Dies.class, d.var(), d.held().origin() == null ? f.tree() : d.held().origin());
        default -> List.of(f.getClass(), f.tree());
      };
      if (!first(key)) {
        continue;
      }
      switch (f) {
        case WrongState w -> wrongState(w);
        case Dies d -> dies(d.tree(), d.var(), d.held(), d.protocol(), d.how(), details());
        case NotInState n -> notInState(n);
        case Escapes e -> checker.reportWarning(e.tree(), "T0005", e.what(), e.how(),
            details().help(checker.text("help.T0005")));
      }
    }
  }

  private void wrongState(WrongState w) {
    ProtocolModel p = w.protocol();
    Details d = details();
    Tree at = w.tree();
    if (!placed(at)) {
      // javac's own call: the close() a try-with-resources makes when it ends
      at = w.var() == null ? code : declarations.getOrDefault(w.var(), code);
      d.note("the `try` calls `" + w.method() + "` on this resource when it ends");
    }
    String name = w.name();
    became(d, w.held(), w.bad(), name, w.tree());
    if (!w.bad().containsAll(w.held().states())) {
      d.note("on the paths that reach here " + name + " may be in " + p.describe(w.held().states()));
    }
    List<String> fixes = reaching(w.type(), w.contract().requires(), false);
    d.help(fixes.isEmpty()
        ? String.format(checker.text("help.T0001"), "`" + w.method() + "`", name, p.describe(w.contract().requires()))
        : String.format(checker.text("help.T0001.with"), name, p.describe(w.contract().requires()), String.join(" or ", fixes),
            "`" + w.method() + "`"));
    checker.reportError(at, "T0001", w.method(), name, p.describe(w.bad()), w.method(),
        p.describe(w.contract().requires()), d);
  }

  /** Whether a tree is in the source (javac makes up some: a resource's close() in a `try`). */
  private boolean placed(Tree t) {
    // javac gives its own trees no position, or the start of the file: a call never starts there
    return positions.getStartPosition(root, t) > 0;
  }

  /** T0002 at {@code at}: where the last reference to the object {@code var} holds dies. */
  void dies(Tree at, VariableElement var, Held held, ProtocolModel p, String how, Details d) {
    Set<String> open = new LinkedHashSet<>(held.states());
    open.removeAll(p.end());
    String name = Handoffs.name(var);
    if (held.origin() != null && held.origin() != at) {
      d.at(held.origin(), "the object " + name + " holds is made here, in `" + p.initial() + "`");
    }
    became(d, held, open, name, at);
    List<String> fixes = reaching(var.asType(), p.end(), true);
    d.help(String.format(checker.text("help.T0002"), name, p.describe(p.end()),
        fixes.isEmpty() ? "" : " (with " + String.join(" or ", fixes) + ")"));
    checker.reportError(at, "T0002", name, p.describe(open), how, p.name(), p.describe(p.end()), d);
  }

  private void notInState(NotInState n) {
    ProtocolModel p = n.protocol();
    Set<String> bad = new LinkedHashSet<>(n.held().states());
    bad.removeAll(n.required());
    Details d = details();
    became(d, n.held(), bad, n.what(), n.tree());
    List<String> fixes = n.held().origin() == null ? List.of()
        : reaching(org.checkerframework.javacutil.TreeUtils.typeOf(n.held().origin()), n.required(), false);
    d.help(String.format(checker.text("help.T0003"), n.what(), p.describe(n.required()),
        fixes.isEmpty() ? "" : " (with " + String.join(" or ", fixes) + ")", n.where()));
    checker.reportError(n.tree(), "T0003", n.what(), p.describe(bad), n.where(), p.describe(n.required()), d);
  }

  /** T0006: a {@code @State} parameter or field is not back in its states at a return. */
  void notRestored(Tree at, VariableElement var, Held held, Set<String> required, ProtocolModel p, boolean atEnd) {
    Set<String> bad = new LinkedHashSet<>(held.states());
    bad.removeAll(required);
    String name = Handoffs.name(var);
    Details d = details();
    became(d, held, bad, name, at);
    if (atEnd) {
      d.atOffset(endOfBody(), "the method returns here");
    }
    List<String> fixes = reaching(var.asType(), required, false);
    d.help(String.format(checker.text("help.T0006"), name, p.describe(required),
        fixes.isEmpty() ? "" : " (with " + String.join(" or ", fixes) + ")"));
    checker.reportError(at, "T0006", name, p.describe(bad), p.describe(required), d);
  }

  /** Labels: where the object entered each of {@code states}, on each path. */
  private void became(Details d, Held held, Set<String> states, String name, Tree here) {
    for (String s : states) {
      for (Tree t : sortedTrees(held.became().getOrDefault(s, Set.of()))) {
        if (t != held.origin() && positions.getStartPosition(root, t) != positions.getStartPosition(root, here)) {
          d.atOffset(callOffset(t), name + " is in `" + s + "` after this");
        }
      }
    }
  }

  /** Where a label for {@code t} goes: a call's method name ({@code f.close()}: at {@code close}). */
  private long callOffset(Tree t) {
    if (t instanceof com.sun.source.tree.MethodInvocationTree inv
        && inv.getMethodSelect() instanceof com.sun.source.tree.MemberSelectTree ms) {
      long end = positions.getEndPosition(root, ms.getExpression());
      if (end > 0) {
        return end + 1;
      }
    }
    return positions.getStartPosition(root, t);
  }

  private List<Tree> sortedTrees(Set<Tree> trees) {
    List<Tree> out = new ArrayList<>(trees);
    out.sort(Comparator.comparingLong(t -> positions.getStartPosition(root, t)));
    return out;
  }

  private List<String> reaching(TypeMirror type, Set<String> targets, boolean orDrops) {
    if (targets == null || !(type instanceof DeclaredType dt) || !(dt.asElement() instanceof TypeElement te)) {
      return List.of();
    }
    return checker.protocols().methodsReaching(te, targets, orDrops);
  }

  /** The offset of the closing brace of the body, where a method that falls off its end exits. */
  long endOfBody() {
    Tree body = code instanceof com.sun.source.tree.MethodTree m ? m.getBody()
        : code instanceof com.sun.source.tree.LambdaExpressionTree l ? l.getBody() : code;
    long end = positions.getEndPosition(root, body);
    return body instanceof com.sun.source.tree.BlockTree && end > 0 ? end - 1 : positions.getStartPosition(root, body);
  }
}
