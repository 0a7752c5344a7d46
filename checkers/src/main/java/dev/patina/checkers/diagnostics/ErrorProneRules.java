package dev.patina.checkers.diagnostics;

import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.ErrorPronePosition;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.api.JavacTrees;
import java.util.function.Supplier;

/**
 * What Patina's Error Prone checks (unsafe, async) share: the detail lines of a diagnostic, and a
 * rule run so that its failure becomes a diagnostic instead of a javac crash (Error Prone turns an
 * exception in a check into a fatal error that ends the compilation).
 */
public final class ErrorProneRules {

  private ErrorProneRules() {}

  /** The detail lines of a diagnostic in the current compilation unit. */
  public static Details details(VisitorState state) {
    return new Details(state.getPath().getCompilationUnit(), JavacTrees.instance(state.context).getSourcePositions());
  }

  /**
   * Runs one rule on {@code at}; a failure becomes the diagnostic {@code internalKey} there (an
   * error), whose text is {@code texts}' {@code internalKey} with the place, the cause and the
   * detail lines filled in, and whose help is {@code help.internalKey}.
   */
  public static Description guarded(
      Tree at, VisitorState state, MessageTexts texts, String internalKey, Supplier<Description> rule) {
    try {
      return rule.get();
    } catch (RuntimeException | StackOverflowError e) {
      String file = state.getPath().getCompilationUnit().getSourceFile().getName();
      StackTraceElement[] st = e.getStackTrace();
      String cause = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "")
          + (st.length > 0 ? " at " + st[0] : "");
      String help = details(state).help(texts.get("help." + internalKey)).toString();
      return Description.builder(ErrorPronePosition.from(at), internalKey, null,
              texts.format(internalKey, "this code in " + file, cause, help))
          .overrideSeverity(SeverityLevel.ERROR)
          .build();
    }
  }
}
