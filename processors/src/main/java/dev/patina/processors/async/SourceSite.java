package dev.patina.processors.async;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;

/**
 * Where an {@code @Async} method is in its source, kept from annotation processing until the
 * rewriter runs after code generation: the rewriter finds problems by bytecode line, and reports
 * them on the first tree of that line, so that javac prints the file, line and caret.
 */
final class SourceSite {

  private final Trees trees;
  private final CompilationUnitTree unit;
  private final Tree method;
  private final Map<Long, Tree> byLine;

  private SourceSite(Trees trees, CompilationUnitTree unit, Tree method, Map<Long, Tree> byLine) {
    this.trees = trees;
    this.unit = unit;
    this.method = method;
    this.byLine = byLine;
  }

  /** The site of {@code element}, or null when javac has no tree for it (it came from a class file). */
  static SourceSite of(Trees trees, ExecutableElement element) {
    TreePath path = trees.getPath(element);
    if (path == null) {
      return null;
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    SourcePositions positions = trees.getSourcePositions();
    LineMap lines = unit.getLineMap();
    Map<Long, Tree> byLine = new HashMap<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (tree != null) {
          long start = positions.getStartPosition(unit, tree);
          if (start >= 0) {
            byLine.putIfAbsent(lines.getLineNumber(start), tree);
          }
        }
        return super.scan(tree, unused);
      }
    }.scan(path, null);
    return new SourceSite(trees, unit, path.getLeaf(), byLine);
  }

  /** Reports {@code message} at the first tree of {@code line}, or at the method when the line is unknown. */
  void report(Diagnostic.Kind kind, String message, int line) {
    Tree at = line > 0 ? byLine.getOrDefault((long) line, method) : method;
    trees.printMessage(kind, message, at, unit);
  }
}
