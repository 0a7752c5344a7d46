package dev.patina.checkers.typestate;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.patina.checkers.ownership.OwnershipFacts;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.UnderlyingAST;
import org.checkerframework.dataflow.cfg.builder.CFGBuilder;
import org.checkerframework.javacutil.TreePathUtil;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The typestate analysis of one method or lambda body: builds its control-flow graph, runs the
 * {@link TypestateTransfer} to a fixed point, then reports what the transfer found at single
 * nodes and what each exit leaves behind ({@link ExitChecks}).
 */
final class MethodCheck {

  private final TypestateChecker checker;
  private final Protocols protocols;
  private final OwnershipFacts ownership;
  private final CompilationUnitTree root;
  private final UnderlyingAST ast;
  private final Tree code;
  private final ExecutableElement method;
  private final TypeElement currentClass;

  private MethodCheck(TypestateChecker checker, Protocols protocols, OwnershipFacts ownership, CompilationUnitTree root,
      TreePath path, UnderlyingAST ast, Tree code, ExecutableElement method) {
    this.checker = checker;
    this.protocols = protocols;
    this.ownership = ownership;
    this.root = root;
    this.ast = ast;
    this.code = code;
    this.method = method;
    ClassTree cls = TreePathUtil.enclosingClass(path);
    this.currentClass = cls == null ? null : TreeUtils.elementFromDeclaration(cls);
  }

  static MethodCheck ofMethod(TypestateChecker checker, Protocols protocols, OwnershipFacts ownership,
      CompilationUnitTree root, TreePath path, MethodTree m) {
    ClassTree cls = TreePathUtil.enclosingClass(path);
    return new MethodCheck(checker, protocols, ownership, root, path, new UnderlyingAST.CFGMethod(m, cls), m,
        TreeUtils.elementFromDeclaration(m));
  }

  static MethodCheck ofLambda(TypestateChecker checker, Protocols protocols, OwnershipFacts ownership,
      CompilationUnitTree root, TreePath path, LambdaExpressionTree l) {
    ClassTree cls = TreePathUtil.enclosingClass(path);
    return new MethodCheck(checker, protocols, ownership, root, path,
        new UnderlyingAST.CFGLambda(l, cls, TreePathUtil.enclosingMethod(path)), l, null);
  }

  /** The {@code @State} fields of the class a method belongs to, which each of its methods must restore. */
  static Map<VariableElement, StateSpec> stateFields(TypeElement cls, Protocols protocols) {
    Map<VariableElement, StateSpec> out = new LinkedHashMap<>();
    if (cls == null) {
      return out;
    }
    for (VariableElement f : ElementFilter.fieldsIn(cls.getEnclosedElements())) {
      StateSpec spec = protocols.stateOf(f);
      if (spec != null && !spec.value().isEmpty() && !f.getModifiers().contains(Modifier.STATIC)
          && protocols.of(f.asType()) != null) {
        out.put(f, spec);
      }
    }
    return out;
  }

  void run() {
    ControlFlowGraph cfg = CFGBuilder.build(root, ast, false, false, checker.getProcessingEnvironment());
    boolean instanceMethod = method != null && !method.getModifiers().contains(Modifier.STATIC);
    Map<VariableElement, StateSpec> fields = instanceMethod ? stateFields(currentClass, protocols) : Map.of();
    BodyShapes shapes = BodyShapes.of(code);
    TypestateTransfer transfer = new TypestateTransfer(protocols, ownership, shapes, currentClass, method, fields);
    TypestateAnalysis analysis = new TypestateAnalysis(transfer, ownership);
    analysis.performAnalysis(cfg);
    Reports reports = new Reports(checker, root, code, shapes.declarations);
    reports.findings(transfer.findings());
    new ExitChecks(reports, protocols, ownership, analysis, cfg, shapes, method, fields).check();
  }
}
