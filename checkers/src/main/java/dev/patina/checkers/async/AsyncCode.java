package dev.patina.checkers.async;

import com.google.errorprone.VisitorState;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import dev.patina.checkers.diagnostics.Details;
import dev.patina.checkers.diagnostics.ErrorProneRules;
import dev.patina.checkers.diagnostics.MessageTexts;
import java.util.function.Supplier;

/**
 * What A0001–A0003 share: the names of the async API they look for (compared as names, so that
 * the checks need neither the runtime nor the annotations at run time), where a piece of code runs
 * relative to an {@code @Async} method, and how their texts and failures are reported.
 */
final class AsyncCode {

  static final String ASYNC = "dev.patina.async.Async";
  static final String FUTURE = "dev.patina.runtime.future.Future";
  static final String JOIN_HANDLE = "dev.patina.runtime.task.JoinHandle";
  static final String AWAIT = "dev.patina.runtime.async.Await";

  static final MessageTexts TEXTS = MessageTexts.load(AsyncCode.class, "async");

  private static final String INTERNAL = "async.internal";

  private AsyncCode() {}

  /**
   * Where code runs, seen from the tree path of one of its expressions: {@code body} is the
   * innermost method, lambda or class around it (a class for a field initialiser or an
   * initialiser block; null at the top of a file), and {@code asyncAround} the nearest {@code
   * @Async} method around it at any depth, through lambdas and local or anonymous classes.
   */
  record Place(Tree body, MethodTree asyncAround) {

    static Place of(TreePath path, VisitorState state) {
      Tree body = null;
      MethodTree async = null;
      for (TreePath p = path.getParentPath(); p != null && async == null; p = p.getParentPath()) {
        Tree t = p.getLeaf();
        boolean scope = t instanceof MethodTree || t instanceof LambdaExpressionTree || t instanceof ClassTree;
        if (scope && body == null) {
          body = t;
        }
        if (t instanceof MethodTree m && isAsync(m, state)) {
          async = m;
        }
      }
      return new Place(body, async);
    }

    /** Whether the code runs as the body of an {@code @Async} method itself, between its awaits. */
    boolean inAsyncBody() {
      return body != null && body == asyncAround;
    }
  }

  static boolean isAsync(MethodTree method, VisitorState state) {
    return ASTHelpers.hasAnnotation(method, ASYNC, state);
  }

  static boolean isAsync(Symbol method, VisitorState state) {
    return method != null && ASTHelpers.hasAnnotation(method, ASYNC, state);
  }

  /** Whether {@code type} is the runtime's {@code Future} or a subtype; false when the runtime is not on the class path. */
  static boolean isFuture(Type type, VisitorState state) {
    return isSubtype(type, FUTURE, state);
  }

  /** Whether {@code type} is a subtype of the class named {@code name} (erased); false when there is no such class. */
  static boolean isSubtype(Type type, String name, VisitorState state) {
    if (type == null || type.isPrimitiveOrVoid()) {
      return false;
    }
    Type named = state.getTypeFromString(name);
    return named != null && ASTHelpers.isSubtype(type, named, state);
  }

  /** How a method is named in a message: {@code `fetch`}, {@code a constructor}, {@code a lambda}. */
  static String describe(Tree body) {
    return switch (body) {
      case MethodTree m when m.getName().contentEquals("<init>") -> "a constructor";
      case MethodTree m -> "`" + m.getName() + "`";
      case LambdaExpressionTree l -> "a lambda";
      case ClassTree c when c.getSimpleName().isEmpty() -> "an anonymous class";
      case ClassTree c -> "an initialiser of class `" + c.getSimpleName() + "`";
      case null, default -> "this code";
    };
  }

  static Details details(VisitorState state) {
    return ErrorProneRules.details(state);
  }

  /** Runs one rule on {@code at}; a failure becomes {@code async.internal} there, never a javac crash. */
  static Description guarded(Tree at, VisitorState state, Supplier<Description> rule) {
    return ErrorProneRules.guarded(at, state, TEXTS, INTERNAL, rule);
  }
}
