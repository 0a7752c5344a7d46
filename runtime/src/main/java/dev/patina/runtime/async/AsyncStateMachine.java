package dev.patina.runtime.async;

import dev.patina.runtime.future.Cancellable;
import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.FutureFailedException;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;

/**
 * The state machine of one call of an {@code @Async} method: the future the call returns. The
 * rewriter generates one subclass per async method, whose fields hold the method's arguments and
 * the locals live at each {@code await}; this class keeps the rest — where the body is suspended,
 * the future it awaits, and whether it was cancelled.
 *
 * <p>Polling a suspended machine polls the future it awaits; once that is done, the body runs from
 * that {@code await} to the next one that is not ready, or to its end. Cancelling it ({@link
 * Cancellable#cancel}) cancels the awaited future, then resumes the body with the {@link CancelledException} thrown at that {@code await}, so that its
 * {@code catch} and {@code finally} blocks and try-with-resources run before the machine is
 * dropped. A machine that was never polled ran nothing, and is dropped without running anything.
 *
 * <p>The public methods marked "for generated code" are the contract with the rewriter; the rest
 * of the world uses the machine as a {@link Future}.
 *
 * @param <T> the type of the method's result
 */
public abstract class AsyncStateMachine<T> implements Future<T>, Cancellable {

  /** What the body returns, and {@link #pollFirst} gives, while the machine waits. For generated code. */
  public static final Object PENDING = new Object() {
    @Override
    public String toString() {
      return "PENDING";
    }
  };

  private static final int DONE = -1;
  private static final int TAIL = -2;
  private static final Context CANCELLING = new Context(Waker.noop());

  private int state;
  // While suspended, the future the body awaits; from the moment step finds it done until the body
  // takes it back (resumed()), its value or its failure wrapped in a Failure. One field for both, so
  // a machine is no bigger for it.
  private Object awaited;
  private CancelledException cancelled;

  /** For the generated subclass. */
  protected AsyncStateMachine() {}

  /**
   * Runs the body from where it was suspended: the generated subclass calls the static body method
   * of the async method with this machine and {@code cx}.
   *
   * @return the method's result, or {@link #PENDING}
   */
  protected abstract Object resume(Context cx) throws Throwable;

  @Override
  @SuppressWarnings("unchecked") // the body returns what completed(...) was given, a T by the method's signature
  public final Poll<T> poll(Context cx) {
    Object result;
    try {
      result = step(cx);
    } catch (Throwable failure) { // any failure of the body is the future's failure, as Rust's panics are not
      return Poll.failed(failure);
    }
    return result == PENDING ? Poll.pending() : Poll.ready((T) result);
  }

  /**
   * Polls the machine without wrapping the outcome: the result, {@link #PENDING}, or the body's
   * failure thrown. An awaiting machine polls an awaited machine this way, so nesting async calls
   * allocates no {@code Poll}.
   */
  final Object step(Context cx) throws Throwable {
    if (state == DONE) {
      throw new IllegalStateException(this + " was polled after it finished");
    }
    try {
      Object result;
      if (state == TAIL) {
        result = pollAwaited(cx);
      } else if (state != 0 && !awaitedDone(cx)) {
        return PENDING; // still waiting: the body is not entered, and what it saved stays saved
      } else {
        result = resume(cx);
      }
      if (result != PENDING) {
        finish();
      }
      return result;
    } catch (Throwable failure) { // the machine is finished however the body ends; the caller reports the failure
      finish();
      throw failure;
    }
  }

  /**
   * Polls the future the suspended body awaits, here rather than in the body so that a poll that
   * finds it still pending costs no entry into the body; when it is done, leaves its value (or its
   * failure) for {@link #resumed} and returns true.
   */
  private boolean awaitedDone(Context cx) {
    Object value;
    try {
      value = pollAwaited(cx);
    } catch (Throwable failure) { // the failure belongs to the body, thrown at its await by resumed()
      awaited = new Failure(failure);
      return true;
    }
    if (value == PENDING) {
      return false;
    }
    awaited = value;
    return true;
  }

  /**
   * The value of the {@code await} the body resumes at, or its failure thrown there (the
   * cancellation, when the machine is being cancelled). For generated code.
   */
  public final Object resumed() throws Throwable {
    // small enough (under C2's limit for rarely taken calls) to be inlined at every await
    Object outcome = awaited;
    awaited = null;
    if (outcome instanceof Failure failure) {
      throw failure.cause();
    }
    return outcome;
  }

  /** An awaited future's failure on its way to the await, distinct from any value a future has. */
  private record Failure(Throwable cause) {}

  /**
   * The {@code await} the body is to resume at: 0 before the first poll, then the number of the
   * {@code await} it suspended in. For generated code.
   */
  public final int resumePoint() {
    return state;
  }

  /**
   * The body reached an {@code await} of {@code future}: polls it for the first time, and only if
   * it is not ready keeps it as the future to poll when the body resumes. Returns its value or
   * {@link #PENDING}; a failed future throws its failure, and a cancelled machine the cancellation.
   * For generated code.
   */
  public final Object pollFirst(Future<?> future, Context cx) throws Throwable {
    // Why the future is stored only on the pending path: a ready inner machine (an async call whose
    // value is there at once) then never escapes into a field, so once C2 has inlined the callee's
    // stub and body here its escape analysis can remove the machine's allocation altogether.
    checkAwait(future);
    Object value = pollNew(future, cx);
    if (value == PENDING) {
      awaited = future;
    }
    return value;
  }

  /**
   * The first poll of {@code future} at an await: as {@link #pollFuture}, but an awaited machine
   * goes through {@link #start}, since at an await it is almost always one the body just made.
   */
  private static Object pollNew(Future<?> future, Context cx) throws Throwable {
    if (future instanceof AsyncStateMachine<?> inner) {
      return inner.start(cx);
    }
    return outcome(future.poll(cx), future);
  }

  /**
   * Steps a machine an await polls for the first time. Apart from step, so that what C2 compiles
   * for it holds only the callee's body and not step's resumption path (the poll of the awaited
   * future, with a nested step inlined in it), which makes step's compiled code too big for C2 to
   * inline at the await ("already compiled into a big method").
   */
  final Object start(Context cx) throws Throwable {
    if (state != 0) {
      return step(cx); // polled before it was awaited: the general path
    }
    try {
      Object result = resume(cx);
      if (result != PENDING) {
        finish();
      }
      return result;
    } catch (Throwable failure) { // as in step: finished however the body ends
      finish();
      throw failure;
    }
  }

  /**
   * The body reached an {@code await} of {@code future}, which is not a machine, and is about to
   * poll it itself: throws if it is null, or if the machine is being cancelled (an {@code await} in
   * a {@code finally} that runs because of the cancellation). For generated code.
   */
  public final void checkAwait(Future<?> future) {
    // tiny, so that it inlines at every await; the generated code then calls future.poll at the
    // await itself, where the JIT keeps a type profile of its own for that await's futures
    if (future == null || cancelled != null) {
      throw refused(future);
    }
  }

  private RuntimeException refused(Future<?> future) {
    return future == null ? new NullPointerException("await(null): the future to await is null") : cancelled;
  }

  /**
   * What the body's own first poll of {@code future} gave: the value, or {@link #PENDING} (and the
   * machine keeps {@code future} to poll on resumption), or the failure thrown. For generated code.
   */
  public final Object firstPolled(Poll<?> poll, Future<?> future) throws Throwable {
    if (poll instanceof Poll.Ready<?> ready) { // the common case, kept small enough to inline
      return ready.value();
    }
    return notReady(poll, future);
  }

  private Object notReady(Poll<?> poll, Future<?> future) throws Throwable {
    Object value = outcome(poll, future); // PENDING, as it is not ready and did not throw
    awaited = future;
    return value;
  }

  /** Polls the future the body is suspended on (or, in the tail state, the returned one). */
  private Object pollAwaited(Context cx) throws Throwable {
    return pollFuture((Future<?>) awaited, cx);
  }

  /**
   * Polls {@code future}: its value or {@link #PENDING}, its failure thrown. An awaited machine is
   * stepped directly, so nesting async calls allocates no {@code Poll}.
   */
  private static Object pollFuture(Future<?> future, Context cx) throws Throwable {
    if (future instanceof AsyncStateMachine<?> inner) {
      return inner.step(cx);
    }
    return outcome(future.poll(cx), future);
  }

  /** {@code future}'s poll as the body sees it: the value or {@link #PENDING}, a failure thrown. */
  private static Object outcome(Poll<?> poll, Future<?> future) throws Throwable {
    if (poll instanceof Poll.Ready<?> ready) {
      return ready.value();
    }
    if (poll instanceof Poll.Failed<?> failed) {
      throw failed.cause();
    }
    if (poll == null) {
      throw new NullPointerException(future.getClass().getName() + ".poll returned null instead of a Poll");
    }
    return PENDING;
  }

  /**
   * The body suspends at {@code await} number {@code point}, having stored what is live there.
   * Returns {@link #PENDING}, for the body to return. For generated code.
   */
  public final Object suspend(int point) {
    state = point;
    return PENDING;
  }

  /**
   * The body returns {@code result}, a future other than {@code completed(value)}: the machine's
   * result is that future's, so it is awaited in place of the body. For generated code.
   */
  public final Object returnFuture(Future<?> result, Context cx) throws Throwable {
    if (result == null) {
      throw new NullPointerException("the @Async method returned null instead of a future: return completed(value)");
    }
    if (result instanceof Await.Completed<?>(Object value)) {
      return value;
    }
    Object value = pollFirst(result, cx);
    if (value == PENDING) {
      state = TAIL;
    }
    return value;
  }

  @Override
  public final void cancel(CancelledException cause) {
    if (state == DONE) {
      return;
    }
    if (state == 0) { // never polled: the body has not started, so there is nothing to unwind
      finish();
      return;
    }
    cancelled = cause;
    Throwable hookFailure = Cancellable.drop((Future<?>) awaited, cause);
    awaited = new Failure(cause); // what resumed() throws at the await the body is suspended in
    if (state != TAIL) {
      try {
        resume(CANCELLING);
      } catch (Throwable thrown) { // the cancellation coming back out of the body is the normal end
        if (thrown != cause && hookFailure == null) {
          hookFailure = thrown;
        }
      }
    }
    finish();
    if (hookFailure instanceof RuntimeException || hookFailure instanceof Error) {
      throw sneaky(hookFailure);
    }
    if (hookFailure != null) {
      throw new FutureFailedException(hookFailure);
    }
  }

  private void finish() {
    state = DONE;
    awaited = null;
  }

  @SuppressWarnings("unchecked") // rethrows a RuntimeException or Error as itself
  private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
    throw (E) t;
  }

  @Override
  public String toString() {
    String where = switch (state) {
      case DONE -> "finished";
      case TAIL -> "awaiting its returned future";
      case 0 -> "not started";
      default -> "suspended at await " + state;
    };
    return "async " + getClass().getName() + " (" + where + ")";
  }
}
