package dev.patina.checkers.unsafe;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.IdentifierTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MemberReferenceTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MemberSelectTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.patina.checkers.diagnostics.Details;
import dev.patina.checkers.diagnostics.NamePosition;
import dev.patina.checkers.unsafe.RestrictedOperations.Operation;
import dev.patina.checkers.unsafe.SafetyComments.Empty;
import dev.patina.checkers.unsafe.SafetyComments.Finding;
import dev.patina.checkers.unsafe.SafetyComments.Documented;

/**
 * X0001, Rust's {@code unsafe} with clippy's {@code undocumented_unsafe_blocks}: a restricted
 * operation (a JDK restricted method, a member of {@code sun.misc.Unsafe}; see {@link
 * RestrictedOperations}) may be used only inside code marked {@code @dev.patina.ownership.Unsafe},
 * and only in a statement that a {@code // SAFETY:} comment explains (see {@link SafetyComments}).
 *
 * <p>An Error Prone check: run javac with {@code -Xplugin:ErrorProne} and this module on the
 * processor path ({@code docs/checkers/unsafe.md}). {@code @SuppressWarnings("X0001")}, {@code
 * ("unsafe")} or {@code ("unsafe:X0001")} silences it. Not final only so that a test can make it
 * fail on purpose.
 */
@BugPattern(
    name = "X0001",
    altNames = {"unsafe", "unsafe:X0001"},
    summary = "A restricted operation outside @Unsafe code, or without a // SAFETY: comment",
    severity = SeverityLevel.ERROR,
    linkType = LinkType.NONE)
public class RestrictedOperationUse extends BugChecker
    implements MethodInvocationTreeMatcher, MemberReferenceTreeMatcher, MemberSelectTreeMatcher, IdentifierTreeMatcher {

  /** The comments of the compilation unit last looked at: scanned once, when a use inside {@code @Unsafe} needs them. */
  private CompilationUnitTree scannedUnit;
  private SafetyComments scanned;

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return guarded(tree, state);
  }

  @Override
  public Description matchMemberReference(MemberReferenceTree tree, VisitorState state) {
    return guarded(tree, state);
  }

  @Override
  public Description matchMemberSelect(MemberSelectTree tree, VisitorState state) {
    return guarded(tree, state);
  }

  @Override
  public Description matchIdentifier(IdentifierTree tree, VisitorState state) {
    return guarded(tree, state);
  }

  private Description guarded(ExpressionTree use, VisitorState state) {
    return UnsafeCode.guarded(use, state,
        () -> RestrictedOperations.used(use, state).map(op -> check(use, op, state)).orElse(Description.NO_MATCH));
  }

  /** The rule for one restricted use. Package-private so that a test can make it throw. */
  Description check(ExpressionTree use, Operation op, VisitorState state) {
    TreePath path = state.getPath();
    Tree marked = UnsafeCode.innermostMarked(path, state);
    Details details = UnsafeCode.details(state);
    String note = Messages.get(op.family().noteKey());
    if (marked == null) {
      details.note(note).help(Messages.format("help.X0001.outside", suggestTarget(path)));
      return describe(use, state, Messages.format("X0001", op.name(), details));
    }
    Tree statement = enclosingStatement(path);
    int statementStart = ASTHelpers.getStartPosition(statement);
    Finding finding = comments(state).around(statementStart, state.getEndPosition(use));
    if (finding instanceof Documented) {
      return Description.NO_MATCH;
    }
    details.at(UnsafeCode.annotation(marked), "`@Unsafe` here");
    if (finding instanceof Empty empty) {
      details.note(Messages.format("note.X0001.empty", empty.line()));
    }
    details.note(note).help(Messages.get("help.X0001.undocumented"));
    return describe(use, state, Messages.format("X0001.undocumented", op.name(), details));
  }

  /** The diagnostic on the operation's name (see {@link NamePosition}). */
  private Description describe(ExpressionTree use, VisitorState state, String message) {
    return buildDescription(NamePosition.of(use, state)).setMessage(message).build();
  }

  private SafetyComments comments(VisitorState state) {
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    if (unit != scannedUnit) {
      scanned = SafetyComments.scan(state.getSourceCode(), state.context);
      scannedUnit = unit;
    }
    return scanned;
  }

  /** The statement a {@code // SAFETY:} comment documents: the innermost one around the use (a field counts as one). */
  private static Tree enclosingStatement(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof StatementTree) {
        return p.getLeaf();
      }
    }
    return path.getLeaf();
  }

  /** What the help tells the user to mark: the innermost method or constructor, else the class. */
  private static String suggestTarget(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      Tree t = p.getLeaf();
      if (t instanceof MethodTree m) {
        return m.getName().contentEquals("<init>") ? "the constructor" : "`" + m.getName() + "`";
      }
      if (t instanceof ClassTree c) {
        return c.getSimpleName().isEmpty() ? "the enclosing method" : "class `" + c.getSimpleName() + "`";
      }
    }
    return "the enclosing method";
  }
}
