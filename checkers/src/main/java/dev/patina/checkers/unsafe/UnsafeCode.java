package dev.patina.checkers.unsafe;

import com.google.errorprone.VisitorState;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.patina.checkers.diagnostics.Details;
import dev.patina.checkers.diagnostics.ErrorProneRules;
import java.util.function.Supplier;

/** What X0001 and X0002 share: which code is marked {@code @Unsafe}, and how a failure is reported. */
final class UnsafeCode {

  /** The annotation's name; the checks compare names, so they need no class of it at run time. */
  static final String UNSAFE = "dev.patina.ownership.Unsafe";

  private static final String INTERNAL = "unsafe.internal";

  private UnsafeCode() {}

  /** The innermost method, constructor or class on {@code path} (its leaf included) marked {@code @Unsafe}, or null. */
  static Tree innermostMarked(TreePath path, VisitorState state) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      Tree t = p.getLeaf();
      if ((t instanceof MethodTree || t instanceof ClassTree) && ASTHelpers.hasAnnotation(t, UNSAFE, state)) {
        return t;
      }
    }
    return null;
  }

  /** The {@code @Unsafe} annotation on a marked method or class, to point at; the declaration if it has none. */
  static Tree annotation(Tree marked) {
    ModifiersTree modifiers = marked instanceof MethodTree m ? m.getModifiers() : ((ClassTree) marked).getModifiers();
    for (AnnotationTree a : modifiers.getAnnotations()) {
      var type = ASTHelpers.getSymbol(a.getAnnotationType());
      if (type != null && type.getQualifiedName().contentEquals(UNSAFE)) {
        return a;
      }
    }
    return marked;
  }

  /** The detail lines of a diagnostic in the current compilation unit. */
  static Details details(VisitorState state) {
    return ErrorProneRules.details(state);
  }

  /** Runs one rule on {@code at}; a failure becomes {@code unsafe.internal} there, never a javac crash. */
  static Description guarded(Tree at, VisitorState state, Supplier<Description> rule) {
    return ErrorProneRules.guarded(at, state, Messages.texts(), INTERNAL, rule);
  }
}
