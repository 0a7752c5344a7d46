package dev.patina.checkers.async;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MemberReferenceTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.patina.checkers.diagnostics.Details;
import dev.patina.checkers.diagnostics.NamePosition;

/**
 * A0003, Rust's E0728 ({@code await} is only allowed inside {@code async} functions and blocks):
 * {@code Await.await} called where no state machine can suspend — in a method that is not {@code
 * @Async}, in a field initialiser, or inside a lambda or a local or anonymous class, whose body is
 * not part of the enclosing {@code @Async} method's state machine (it runs when it is called,
 * perhaps after the method has returned). {@code Await::await} as a method reference is the same
 * as a lambda. Unrewritten, such an {@code await} throws {@code NotRewrittenException} at run time;
 * this check finds it at compile time.
 *
 * <p>{@code @SuppressWarnings("A0003")}, {@code ("async")} or {@code ("async:A0003")} silences it.
 * Not final only so that a test can make it fail on purpose.
 */
@BugPattern(
    name = "A0003",
    altNames = {"async", "async:A0003"},
    summary = "await outside an @Async method, or inside a lambda or a local or anonymous class in one",
    severity = SeverityLevel.ERROR,
    linkType = LinkType.NONE)
public class AwaitOutsideAsync extends BugChecker implements MethodInvocationTreeMatcher, MemberReferenceTreeMatcher {

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return AsyncCode.guarded(tree, state, () -> isAwait(ASTHelpers.getSymbol(tree)) ? check(tree, state) : Description.NO_MATCH);
  }

  @Override
  public Description matchMemberReference(MemberReferenceTree tree, VisitorState state) {
    return AsyncCode.guarded(tree, state, () -> isAwait(ASTHelpers.getSymbol(tree)) ? check(tree, state) : Description.NO_MATCH);
  }

  private static boolean isAwait(Symbol symbol) {
    return symbol instanceof MethodSymbol m && m.isStatic() && m.getSimpleName().contentEquals("await")
        && m.owner.getQualifiedName().contentEquals(AsyncCode.AWAIT);
  }

  /** The rule for one {@code await} (a call or a reference). Package-private so that a test can make it throw. */
  Description check(ExpressionTree await, VisitorState state) {
    AsyncCode.Place place = AsyncCode.Place.of(state.getPath(), state);
    if (place.inAsyncBody() && !(await instanceof MemberReferenceTree)) {
      return Description.NO_MATCH;
    }
    Details details = AsyncCode.details(state);
    MethodTree async = place.asyncAround();
    String message;
    if (await instanceof MemberReferenceTree) {
      details.note(AsyncCode.TEXTS.get("note.A0003.lambda")).help(AsyncCode.TEXTS.get("help.A0003.lambda"));
      message = async != null
          ? AsyncCode.TEXTS.format("A0003.reference_in", async.getName(), details)
          : AsyncCode.TEXTS.format("A0003.reference", details);
    } else if (async != null) {
      String where = place.body() instanceof LambdaExpressionTree ? "a lambda" : "a local or anonymous class";
      details.note(AsyncCode.TEXTS.get("note.A0003.lambda")).help(AsyncCode.TEXTS.get("help.A0003.lambda"));
      message = AsyncCode.TEXTS.format("A0003.nested", where, async.getName(), details);
    } else if (place.body() instanceof LambdaExpressionTree) {
      details.note(AsyncCode.TEXTS.get("note.A0003.lambda")).help(AsyncCode.TEXTS.get("help.A0003.lambda"));
      message = AsyncCode.TEXTS.format("A0003.lambda", details);
    } else if (place.body() instanceof MethodTree m && !m.getName().contentEquals("<init>")) {
      details.note(AsyncCode.TEXTS.get("note.A0003")).help(AsyncCode.TEXTS.format("help.A0003.mark", m.getName()));
      message = AsyncCode.TEXTS.format("A0003", AsyncCode.describe(m), details);
    } else {
      // a constructor, an initialiser or a field: nothing here can be @Async
      details.note(AsyncCode.TEXTS.get("note.A0003")).help(AsyncCode.TEXTS.get("help.A0003.move"));
      message = AsyncCode.TEXTS.format("A0003", AsyncCode.describe(place.body()), details);
    }
    return buildDescription(NamePosition.of(await, state)).setMessage(message).build();
  }
}
