package dev.patina.checkers.unsafe;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.patina.checkers.diagnostics.Details;

/**
 * X0002, rustc's {@code unused_unsafe}: a warning for {@code @dev.patina.ownership.Unsafe} on a
 * method, constructor or class none of whose restricted operations needs it — there are none, or
 * each is inside nested {@code @Unsafe} code, which is what covers it. An unneeded {@code @Unsafe}
 * promises soundness for operations that are not there, and would let a restricted operation
 * added later pass without review of the whole element.
 *
 * <p>Its own check (and code) because Error Prone gives each check one severity: X0001 is an
 * error. {@code @SuppressWarnings("X0002")}, {@code ("unsafe")} or {@code ("unsafe:X0002")}
 * silences it. Not final only so that a test can make it fail on purpose.
 */
@BugPattern(
    name = "X0002",
    altNames = {"unsafe", "unsafe:X0002"},
    summary = "@Unsafe on code that uses no restricted operation",
    severity = SeverityLevel.WARNING,
    linkType = LinkType.NONE)
public class UnneededUnsafe extends BugChecker implements MethodTreeMatcher, ClassTreeMatcher {

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    return guarded(tree, state);
  }

  @Override
  public Description matchClass(ClassTree tree, VisitorState state) {
    return guarded(tree, state);
  }

  private Description guarded(Tree declaration, VisitorState state) {
    return UnsafeCode.guarded(declaration, state,
        () -> ASTHelpers.hasAnnotation(declaration, UnsafeCode.UNSAFE, state) ? check(declaration, state) : Description.NO_MATCH);
  }

  /** The rule for one {@code @Unsafe} declaration. Package-private so that a test can make it throw. */
  Description check(Tree marked, VisitorState state) {
    Uses uses = new Uses(marked, state);
    uses.scan(state.getPath(), null);
    if (uses.own) {
      return Description.NO_MATCH;
    }
    Details details = UnsafeCode.details(state);
    if (uses.nested) {
      details.note(Messages.get("note.X0002.nested"));
    }
    details.help(Messages.get("help.X0002"));
    return buildDescription(UnsafeCode.annotation(marked)).setMessage(Messages.format("X0002", what(marked), details)).build();
  }

  /** Finds out whether a restricted use has {@code marked} as its innermost {@code @Unsafe}, or only a nested one. */
  private static final class Uses extends TreePathScanner<Void, Void> {
    private final Tree marked;
    private final VisitorState state;
    boolean own;
    boolean nested;

    Uses(Tree marked, VisitorState state) {
      this.marked = marked;
      this.state = state;
    }

    @Override
    public Void scan(Tree tree, Void p) {
      if (own || tree == null) {
        return null; // one use that needs it is enough
      }
      TreePath path = new TreePath(getCurrentPath(), tree);
      if (RestrictedOperations.used(tree, state.withPath(path)).isPresent()) {
        if (UnsafeCode.innermostMarked(path, state) == marked) {
          own = true;
          return null;
        }
        nested = true;
      }
      return super.scan(tree, p);
    }
  }

  private static String what(Tree marked) {
    return switch (marked) {
      case MethodTree m when m.getName().contentEquals("<init>") -> "a constructor";
      case MethodTree m -> "`" + m.getName() + "`";
      case ClassTree c -> "class `" + c.getSimpleName() + "`";
      default -> "this declaration";
    };
  }
}
