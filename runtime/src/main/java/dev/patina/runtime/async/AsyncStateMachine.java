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
 * <p>Polling runs the body from the {@code await} it is suspended at to the next one that is not
 * ready, or to its end. Cancelling it ({@link Cancellable#cancel}) cancels the awaited future, then
 * resumes the body with the {@link CancelledException} thrown at that {@code await}, so that its
 * {@code catch} and {@code finally} blocks and try-with-resources run before the machine is
 * dropped. A machine that was never polled ran nothing, and is dropped without running anything.
 *
 * <p>The public methods marked "for generated code" are the contract with the rewriter; the rest
 * of the world uses the machine as a {@link Future}.
 *
 * @param <T> the type of the method's result
 */
public abstract class AsyncStateMachine<T> implements Future<T>, Cancellable {

  /** What the body returns, and {@link #pollAwaited} gives, while the machine waits. For generated code. */
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
  private Future<?> awaited;
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
      Object result = state == TAIL ? pollAwaited(cx) : resume(cx);
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
    if (future == null) {
      throw new NullPointerException("await(null): the future to await is null");
    }
    if (cancelled != null) {
      throw cancelled;
    }
    Object value = future instanceof AsyncStateMachine<?> inner ? inner.step(cx) : pollOther(future, cx);
    if (value == PENDING) {
      awaited = future;
    }
    return value;
  }

  /**
   * Polls the awaited future again, after the body resumed at its {@code await}: its value, or
   * {@link #PENDING} if it is still not ready (its waker is then registered). A failed future throws
   * its failure, and a cancelled machine throws the cancellation, both at the {@code await}. For
   * generated code.
   */
  public final Object pollAwaited(Context cx) throws Throwable {
    // kept small enough for the JIT to inline at every await site; the rare paths are out of line
    if (cancelled != null) {
      throw unwinding();
    }
    Future<?> future = awaited;
    Object value = future instanceof AsyncStateMachine<?> inner ? inner.step(cx) : pollOther(future, cx);
    if (value != PENDING) {
      awaited = null;
    }
    return value;
  }

  /**
   * Polls a future that is not a machine. A failed one is dropped before its failure reaches the
   * body. (A failed inner machine needs no such care: it is finished, and cancelling a finished
   * machine does nothing.)
   */
  private Object pollOther(Future<?> future, Context cx) throws Throwable {
    Poll<?> poll = future.poll(cx);
    if (poll instanceof Poll.Ready<?> ready) {
      return ready.value();
    }
    if (poll instanceof Poll.Failed<?> failed) {
      awaited = null;
      throw failed.cause();
    }
    return PENDING;
  }

  private CancelledException unwinding() {
    awaited = null;
    return cancelled;
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
    Throwable hookFailure = Cancellable.drop(awaited, cause);
    awaited = null;
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
