package dev.patina.checkers.async;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.SynchronizedTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import dev.patina.checkers.async.BlockingCalls.Found;
import dev.patina.checkers.diagnostics.Details;
import dev.patina.checkers.diagnostics.NamePosition;
import javax.lang.model.element.Modifier;

/**
 * A0002, a call that blocks the thread inside an {@code @Async} method: {@code Thread.sleep},
 * {@code Object.wait}, joining a thread, {@code get} of a {@code java.util.concurrent.Future},
 * blocking {@code java.io} streams, {@code Lock.lock}, a blocking queue's {@code put}/{@code take},
 * {@code CountDownLatch.await}, {@code synchronized} (the list is {@link BlockingCalls}). The body
 * of an {@code @Async} method runs on an executor's thread between its awaits; a blocked thread
 * stalls every task queued on it. Tokio documents the same rule; clippy's {@code
 * await_holding_lock} is its nearest lint. Lambdas and local or anonymous classes inside the method
 * are not its body (they run where they are called, e.g. on the blocking pool through {@code
 * spawnBlocking}), so they may block.
 *
 * <p>{@code @SuppressWarnings("A0002")}, {@code ("async")} or {@code ("async:A0002")} silences it.
 * Not final only so that a test can make it fail on purpose.
 */
@BugPattern(
    name = "A0002",
    altNames = {"async", "async:A0002"},
    summary = "A blocking call inside an @Async method",
    severity = SeverityLevel.ERROR,
    linkType = LinkType.NONE)
public class BlockingCallInAsync extends BugChecker
    implements MethodInvocationTreeMatcher, SynchronizedTreeMatcher, MethodTreeMatcher {

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    // the table first: a name lookup, where finding the enclosing method walks the tree path
    return AsyncCode.guarded(tree, state, () -> BlockingCalls.of(tree, state).map(found -> {
      AsyncCode.Place place = AsyncCode.Place.of(state.getPath(), state);
      return place.inAsyncBody() ? check(tree, found, place.asyncAround(), state) : Description.NO_MATCH;
    }).orElse(Description.NO_MATCH));
  }

  @Override
  public Description matchSynchronized(SynchronizedTree tree, VisitorState state) {
    return AsyncCode.guarded(tree, state, () -> {
      AsyncCode.Place place = AsyncCode.Place.of(state.getPath(), state);
      return place.inAsyncBody() ? synchronizedIn(tree, "block", place.asyncAround(), state) : Description.NO_MATCH;
    });
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    return AsyncCode.guarded(tree, state, () ->
        tree.getModifiers().getFlags().contains(Modifier.SYNCHRONIZED) && AsyncCode.isAsync(tree, state)
            ? synchronizedIn(tree, "method", tree, state)
            : Description.NO_MATCH);
  }

  /** The rule for one blocking call in the body of {@code async}. Package-private so that a test can make it throw. */
  Description check(MethodInvocationTree call, Found found, MethodTree async, VisitorState state) {
    Details details = AsyncCode.details(state).note(AsyncCode.TEXTS.get("note.A0002")).help(AsyncCode.TEXTS.get(found.helpKey()));
    return buildDescription(NamePosition.of(call, state))
        .setMessage(AsyncCode.TEXTS.format("A0002", found.name(), async.getName(), details))
        .build();
  }

  private Description synchronizedIn(Tree at, String what, MethodTree async, VisitorState state) {
    Details details = AsyncCode.details(state)
        .note(AsyncCode.TEXTS.get("note.A0002.synchronized"))
        .help(AsyncCode.TEXTS.get("help.A0002.synchronized"));
    return describe(at, AsyncCode.TEXTS.format("A0002.synchronized_" + what, async.getName(), details));
  }

  private Description describe(Tree at, String message) {
    return buildDescription(at).setMessage(message).build();
  }
}
