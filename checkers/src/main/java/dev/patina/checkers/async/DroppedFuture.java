package dev.patina.checkers.async;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.ExpressionStatementTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.LambdaExpressionTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MemberReferenceTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import dev.patina.checkers.diagnostics.Details;
import dev.patina.checkers.diagnostics.NamePosition;

/**
 * A0001, Rust's {@code unused_must_use} for futures: the result of an {@code @Async} call, or of
 * any call or {@code new} that makes a runtime {@code Future}, is thrown away — an expression
 * statement, an expression lambda whose interface returns nothing ({@code () -> fetch(url)} as a
 * {@code Runnable}), or a method reference used the same way. A future is lazy, so a dropped one
 * never runs; a dropped {@code JoinHandle} loses the task's failure. Error Prone's {@code
 * FutureReturnValueIgnored} is the same rule for {@code java.util.concurrent} futures.
 *
 * <p>{@code @SuppressWarnings("A0001")}, {@code ("async")} or {@code ("async:A0001")} silences it.
 * Not final only so that a test can make it fail on purpose.
 */
@BugPattern(
    name = "A0001",
    altNames = {"async", "async:A0001"},
    summary = "A future is made and dropped: it never runs",
    severity = SeverityLevel.ERROR,
    linkType = LinkType.NONE)
public class DroppedFuture extends BugChecker
    implements ExpressionStatementTreeMatcher, LambdaExpressionTreeMatcher, MemberReferenceTreeMatcher {

  /** Source texts up to this length are quoted in the help; longer ones are written {@code ...}. */
  private static final int QUOTE_LIMIT = 60;

  @Override
  public Description matchExpressionStatement(ExpressionStatementTree tree, VisitorState state) {
    ExpressionTree made = tree.getExpression();
    if (!(made instanceof MethodInvocationTree || made instanceof NewClassTree)) {
      return Description.NO_MATCH;
    }
    return AsyncCode.guarded(made, state, () -> check(made, ASTHelpers.getSymbol(made), ASTHelpers.getType(made), state));
  }

  @Override
  public Description matchLambdaExpression(LambdaExpressionTree tree, VisitorState state) {
    if (!(tree.getBody() instanceof MethodInvocationTree || tree.getBody() instanceof NewClassTree)) {
      return Description.NO_MATCH;
    }
    ExpressionTree made = (ExpressionTree) tree.getBody();
    return AsyncCode.guarded(tree, state, () -> returnsNothing(tree, state)
        ? check(made, ASTHelpers.getSymbol(made), ASTHelpers.getType(made), state)
        : Description.NO_MATCH);
  }

  @Override
  public Description matchMemberReference(MemberReferenceTree tree, VisitorState state) {
    return AsyncCode.guarded(tree, state, () -> {
      if (!(ASTHelpers.getSymbol(tree) instanceof MethodSymbol method) || method.isConstructor() || !returnsNothing(tree, state)) {
        return Description.NO_MATCH;
      }
      return check(tree, method, method.getReturnType(), state);
    });
  }

  /**
   * Whether the functional interface {@code tree} implements returns {@code void}, so that its
   * value goes nowhere — unless the interface's method {@code throws Throwable}: that is how test
   * libraries take a call whose exception is what is looked at (AssertJ's {@code ThrowingCallable}
   * in {@code assertThatThrownBy(() -> executor.spawn(f))}, JUnit's {@code Executable}), as Error
   * Prone's {@code FutureReturnValueIgnored} allows too.
   */
  private static boolean returnsNothing(ExpressionTree tree, VisitorState state) {
    Type target = ASTHelpers.getType(tree);
    if (target == null) {
      return false;
    }
    Type descriptor = state.getTypes().findDescriptorType(target);
    if (descriptor == null || !descriptor.getReturnType().hasTag(TypeTag.VOID)) {
      return false;
    }
    Type throwable = state.getSymtab().throwableType;
    return descriptor.getThrownTypes().stream().noneMatch(t -> state.getTypes().isSameType(t, throwable));
  }

  /**
   * The rule for one value that is dropped: {@code made}, the call, {@code new} or method reference
   * that produced it, whose symbol is {@code symbol} and whose type is {@code type}. Package-private
   * so that a test can make it throw.
   */
  Description check(ExpressionTree made, Symbol symbol, Type type, VisitorState state) {
    if (type == null || type.hasTag(TypeTag.VOID)) {
      return Description.NO_MATCH; // an @Async method that returns nothing is the rewriter's error, not a dropped future
    }
    boolean async = AsyncCode.isAsync(symbol, state);
    if (!async && (!AsyncCode.isFuture(type, state) || returnsItsTypeVariable(symbol))) {
      return Description.NO_MATCH;
    }
    String name = name(made, symbol);
    Details details = AsyncCode.details(state);
    if (AsyncCode.isSubtype(type, AsyncCode.JOIN_HANDLE, state) && !async) {
      details.note(AsyncCode.TEXTS.get("note.A0001.handle")).help(AsyncCode.TEXTS.get("help.A0001.handle"));
      return describe(made, state, AsyncCode.TEXTS.format("A0001.handle", name, details));
    }
    details.note(AsyncCode.TEXTS.get("note.A0001"));
    String quoted = quote(made, state);
    // only a statement's value is dropped where it is made; a lambda's or a reference's is dropped where it is called
    boolean statement = state.getPath().getLeaf() instanceof ExpressionStatementTree;
    if (statement && AsyncCode.Place.of(state.getPath(), state).inAsyncBody()) {
      details.help(AsyncCode.TEXTS.format("help.A0001.in_async", quoted));
    } else {
      details.help(AsyncCode.TEXTS.format("help.A0001.outside", quoted));
    }
    return describe(made, state, AsyncCode.TEXTS.format(async ? "A0001.async" : "A0001", name, details));
  }

  /**
   * Whether the method is declared to return a type variable ({@code T requireNonNull(T)}, {@code
   * T steal()} of a deque of tasks): it hands back a value it was given or holds, it does not make a
   * future, so dropping the value drops nothing new.
   */
  private static boolean returnsItsTypeVariable(Symbol symbol) {
    return symbol instanceof MethodSymbol m && !m.isConstructor() && m.getReturnType().hasTag(TypeTag.TYPEVAR);
  }

  private Description describe(ExpressionTree made, VisitorState state, String message) {
    return buildDescription(NamePosition.of(made, state)).setMessage(message).build();
  }

  /** The method's name, {@code new Sleep} for a constructor, {@code Type::name} for a reference. */
  private static String name(ExpressionTree made, Symbol symbol) {
    if (symbol == null) {
      return "this call";
    }
    if (symbol instanceof MethodSymbol m && m.isConstructor()) {
      return "new " + m.owner.getSimpleName();
    }
    if (made instanceof MemberReferenceTree) {
      return symbol.owner.getSimpleName() + "::" + symbol.getSimpleName();
    }
    return symbol.getSimpleName().toString();
  }

  /** The call as the help should show it inside {@code await(...)}: its source when short, else {@code ...}. */
  private static String quote(ExpressionTree made, VisitorState state) {
    if (made instanceof MemberReferenceTree) {
      return "...";
    }
    String source = state.getSourceForNode(made);
    return source == null || source.length() > QUOTE_LIMIT || source.contains("\n") ? "..." : source;
  }
}
