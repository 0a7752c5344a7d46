package dev.patina.checkers.typestate;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Facts about one body's source that the CFG does not keep: which variables are catch parameters
 * (a catch makes an unwinding path real), which {@code throw} statements the user wrote, and the
 * scope each local is declared in (where its name dies when the block ends).
 */
final class BodyShapes extends TreeScanner<Void, Void> {

  final Set<VariableElement> catchParameters = new HashSet<>();
  final Set<Tree> throwStatements = Collections.newSetFromMap(new IdentityHashMap<>());
  final Map<VariableElement, Tree> scopes = new HashMap<>();
  /** Each local's declaration: where a diagnostic about a call javac made up goes (a resource's close()). */
  final Map<VariableElement, Tree> declarations = new HashMap<>();
  private final Deque<Tree> open = new ArrayDeque<>();

  static BodyShapes of(Tree body) {
    BodyShapes s = new BodyShapes();
    if (body instanceof LambdaExpressionTree l) {
      s.open.push(l);
      l.getParameters().forEach(param -> s.scan(param, null));
      s.scan(l.getBody(), null);
    } else if (body != null) {
      s.open.push(body);
      s.scan(body, null);
    }
    return s;
  }

  private Void within(Tree scope, Runnable inner) {
    open.push(scope);
    try {
      inner.run();
    } finally {
      open.pop();
    }
    return null;
  }

  @Override
  public Void visitBlock(BlockTree b, Void p) {
    return within(b, () -> super.visitBlock(b, p));
  }

  @Override
  public Void visitForLoop(ForLoopTree f, Void p) {
    return within(f, () -> super.visitForLoop(f, p));
  }

  @Override
  public Void visitEnhancedForLoop(EnhancedForLoopTree f, Void p) {
    return within(f, () -> super.visitEnhancedForLoop(f, p));
  }

  @Override
  public Void visitTry(TryTree t, Void p) {
    return within(t, () -> super.visitTry(t, p));
  }

  @Override
  public Void visitCase(CaseTree c, Void p) {
    return within(c, () -> super.visitCase(c, p));
  }

  @Override
  public Void visitCatch(CatchTree c, Void p) {
    Element e = TreeUtils.elementFromDeclaration(c.getParameter());
    if (e instanceof VariableElement v) {
      catchParameters.add(v);
    }
    return within(c, () -> super.visitCatch(c, p));
  }

  @Override
  public Void visitThrow(ThrowTree t, Void p) {
    throwStatements.add(t);
    return super.visitThrow(t, p);
  }

  @Override
  public Void visitVariable(VariableTree v, Void p) {
    Element e = TreeUtils.elementFromDeclaration(v);
    if (e instanceof VariableElement var && !open.isEmpty()) {
      scopes.put(var, open.peek());
      declarations.put(var, v);
    }
    return super.visitVariable(v, p);
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree l, Void p) {
    return null; // analysed on its own
  }

  @Override
  public Void visitClass(ClassTree c, Void p) {
    return null; // analysed on its own
  }

  @Override
  public Void visitMethod(MethodTree m, Void p) {
    // the body of the method being analysed: its parameters live in the whole body
    return within(m.getBody() != null ? m.getBody() : m, () -> super.visitMethod(m, p));
  }
}
