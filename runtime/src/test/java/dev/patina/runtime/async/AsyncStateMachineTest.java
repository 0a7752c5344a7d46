package dev.patina.runtime.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.runtime.future.Cancellable;
import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runtime's half of the rewriter contract, with a machine written by hand the way the rewriter
 * generates one: {@code x = await(first); try { y = await(second) } finally { log } return x + y}.
 */
class AsyncStateMachineTest {

  private static final Context CX = new Context(Waker.noop());

  /** A future that is pending until {@code value} is set, and records being cancelled. */
  static final class Slot implements Future<Integer>, Cancellable {
    Integer value;
    Throwable failure;
    CancelledException cancelledWith;

    @Override
    public Poll<Integer> poll(Context cx) {
      if (failure != null) {
        return Poll.failed(failure);
      }
      return value == null ? Poll.pending() : Poll.ready(value);
    }

    @Override
    public void cancel(CancelledException cause) {
      cancelledWith = cause;
    }
  }

  /** What the rewriter would generate for the body in the class comment. */
  static final class Machine extends AsyncStateMachine<Integer> {
    final Slot first = new Slot();
    final Slot second = new Slot();
    final List<String> log = new ArrayList<>();
    int x;
    int runs;

    @Override
    protected Object resume(Context cx) throws Throwable {
      runs++;
      switch (resumePoint()) {
        case 0, 1 -> {
          Object r = resumePoint() == 0 ? pollFirst(first, cx) : resumed();
          if (r == PENDING) {
            return suspend(1);
          }
          x = (Integer) r;
        }
        default -> { }
      }
      // a generated suspension returns without running the finally, which javac inlined only into the
      // body's own exits; in Java source that takes a flag
      boolean suspending = false;
      try {
        Object r = resumePoint() == 2 ? resumed() : pollFirst(second, cx);
        if (r == PENDING) {
          suspending = true;
          return suspend(2);
        }
        return x + (Integer) r;
      } finally {
        if (!suspending) {
          log.add("finally at " + resumePoint());
        }
      }
    }
  }

  @Test
  void pollsRunTheBodyFromWhereItSuspendedToItsResult() {
    Machine m = new Machine();
    assertThat(m.poll(CX).isDone()).isFalse();
    m.first.value = 40;
    assertThat(m.poll(CX).isDone()).isFalse();
    m.second.value = 2;
    assertThat(m.poll(CX)).isEqualTo(Poll.ready(42));
    assertThat(m.runs).isEqualTo(3);
  }

  @Test
  void aPollThatFindsTheAwaitedFutureStillPendingDoesNotEnterTheBody() {
    Machine m = new Machine();
    m.poll(CX);
    m.poll(CX);
    m.poll(CX);
    assertThat(m.runs).isEqualTo(1);
    assertThat(m.toString()).contains("suspended at await 1");
    m.first.value = 40;
    m.second.value = 2;
    assertThat(m.poll(CX)).isEqualTo(Poll.ready(42));
    assertThat(m.runs).isEqualTo(2);
  }

  @Test
  void aFailureOfTheFutureASuspendedBodyAwaitsIsThrownAtThatAwaitAndRunsItsFinally() {
    Machine m = new Machine();
    m.first.value = 1;
    m.poll(CX);
    m.second.failure = new IllegalArgumentException("no stock");
    assertThat(m.poll(CX)).isEqualTo(Poll.failed(m.second.failure));
    assertThat(m.log).containsExactly("finally at 2");
  }

  @Test
  void aFailedAwaitThrowsIntoTheBodyAndFailsTheMachine() {
    Machine m = new Machine();
    m.first.failure = new IllegalArgumentException("no price");
    assertThat(m.poll(CX)).isEqualTo(Poll.failed(m.first.failure));
    assertThatThrownBy(() -> m.poll(CX).valueOrThrow()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("was polled after it finished");
  }

  @Test
  void cancellingASuspendedMachineCancelsWhatItAwaitsAndRunsItsFinally() {
    Machine m = new Machine();
    m.first.value = 1;
    m.poll(CX);
    assertThat(m.toString()).contains("suspended at await 2");
    CancelledException cause = new CancelledException("task 7");
    m.cancel(cause);
    assertThat(m.second.cancelledWith).isSameAs(cause);
    assertThat(m.log).containsExactly("finally at 2");
    assertThat(m.toString()).contains("finished");
  }

  @Test
  void cancellingAMachineThatNeverRanRunsNothing() {
    Machine m = new Machine();
    m.cancel(new CancelledException("task 8"));
    assertThat(m.runs).isZero();
    assertThat(m.first.cancelledWith).isNull();
  }

  @Test
  void anAwaitedMachineIsPolledDirectlyAndItsFailureRethrown() throws Throwable {
    Machine inner = new Machine();
    inner.first.value = 1;
    inner.second.failure = new IllegalStateException("inner");
    AsyncStateMachine<Integer> outer = new AsyncStateMachine<>() {
      @Override
      protected Object resume(Context cx) throws Throwable {
        return pollFirst(inner, cx);
      }
    };
    assertThat(outer.poll(CX)).isEqualTo(Poll.failed(inner.second.failure));
  }

  /** A machine whose body is one await of {@code inner}, resumed with its value. */
  private static AsyncStateMachine<Integer> awaiting(Future<Integer> inner) {
    return new AsyncStateMachine<>() {
      @Override
      protected Object resume(Context cx) throws Throwable {
        Object r = resumePoint() == 0 ? pollFirst(inner, cx) : resumed();
        return r == PENDING ? suspend(1) : r;
      }
    };
  }

  @Test
  void anAwaitedMachineThatWasNeverPolledRunsFromItsStartAtTheAwait() {
    Machine inner = new Machine();
    inner.first.value = 40;
    inner.second.value = 2;
    assertThat(awaiting(inner).poll(CX)).isEqualTo(Poll.ready(42));
    assertThat(inner.runs).isEqualTo(1);
    assertThat(inner.toString()).contains("finished");
  }

  @Test
  void anAwaitedMachineThatWasPolledBeforeResumesWhereItSuspended() {
    Machine inner = new Machine();
    inner.first.value = 40;
    assertThat(inner.poll(CX).isDone()).isFalse(); // suspended at its second await
    AsyncStateMachine<Integer> outer = awaiting(inner);
    assertThat(outer.poll(CX).isDone()).isFalse();
    assertThat(inner.runs).isEqualTo(1); // second still pending: the inner body was not entered
    inner.second.value = 2;
    assertThat(outer.poll(CX)).isEqualTo(Poll.ready(42));
    assertThat(inner.runs).isEqualTo(2);
    assertThat(inner.log).containsExactly("finally at 2");
  }

  @Test
  void awaitingAFinishedOrCancelledMachineIsRefused() {
    Machine finished = new Machine();
    finished.first.value = 1;
    finished.second.value = 2;
    finished.poll(CX);
    assertThatThrownBy(() -> awaiting(finished).poll(CX).valueOrThrow())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("polled after it finished");
    Machine cancelled = new Machine();
    cancelled.cancel(new CancelledException("task 9"));
    assertThatThrownBy(() -> awaiting(cancelled).poll(CX).valueOrThrow())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("polled after it finished");
    assertThat(cancelled.runs).isZero();
  }

  @Test
  void returningNullInsteadOfAFutureIsNamed() {
    AsyncStateMachine<Integer> m = new AsyncStateMachine<>() {
      @Override
      protected Object resume(Context cx) throws Throwable {
        return returnFuture(null, cx);
      }
    };
    assertThatThrownBy(() -> m.poll(CX).valueOrThrow()).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("returned null instead of a future");
  }

  @Test
  @SuppressWarnings("A0003") // the test calls await outside an @Async method on purpose: that is what it checks
  void awaitThatWasNotRewrittenThrowsAndNamesItsCaller() {
    assertThatThrownBy(() -> Await.await(Future.ready(1)))
        .isInstanceOf(NotRewrittenException.class)
        .hasMessageContaining(AsyncStateMachineTest.class.getName())
        .hasMessageContaining("dev:patina:patina-processors".replace("dev:", "dev."));
  }
}
