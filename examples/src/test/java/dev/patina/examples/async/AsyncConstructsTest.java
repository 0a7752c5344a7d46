package dev.patina.examples.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.runtime.executor.CurrentThreadExecutor;
import dev.patina.runtime.executor.Executor;
import dev.patina.runtime.executor.WorkStealingExecutor;
import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.task.JoinHandle;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each construct of the async spec, rewritten by the javac plugin when this module was compiled,
 * run on both executors: on the work-stealing one a task resumes on whichever worker wakes it.
 */
class AsyncConstructsTest {

  enum Runtime {
    CURRENT_THREAD {
      @Override
      Executor start() {
        return new CurrentThreadExecutor();
      }
    },
    WORK_STEALING {
      @Override
      Executor start() {
        return new WorkStealingExecutor(2);
      }
    };

    abstract Executor start();

    /** Spawns the future as a task and blocks until it completes. */
    <T> T run(Supplier<Future<T>> make) {
      Executor executor = start();
      try {
        return executor.blockOn(executor.spawn(make.get()));
      } finally {
        executor.shutdown();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void loops(Runtime rt) {
    // 0+1+2+3+4, j stops at 3, one do-while pass, 1000+2000+3000
    assertThat(rt.run(() -> Constructs.loops(5))).isEqualTo(10 + 100 + 6000 + 3);
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void branches(Runtime rt) {
    assertThat(List.of(-1, 0, 4, 7).stream().map(x -> rt.run(() -> Constructs.branches(x))))
        .containsExactly("negative", "zero", "even", "odd");
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void switches(Runtime rt) {
    assertThat(rt.run(() -> Constructs.switches("abc", 1))).isEqualTo("one/odd/long abc");
    assertThat(rt.run(() -> Constructs.switches("ab", 2))).isEqualTo("two/even/short ab");
    assertThat(rt.run(() -> Constructs.switches(5, 9))).isEqualTo("many/odd/int 5");
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void tryCatchFinallyWithoutFailure(Runtime rt) {
    Constructs c = new Constructs(100);
    assertThat(rt.run(() -> c.tryCatchFinally(""))).isEqualTo(100 + 0 + 1 + 3);
    assertThat(c.log).containsExactly("try", "no failure", "finally", "closed res");
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void failureIsCaughtAtItsAwait(Runtime rt) {
    Constructs c = new Constructs(100);
    assertThat(rt.run(() -> c.tryCatchFinally("bad"))).isEqualTo(100 + 10 + 1 + 3);
    assertThat(c.log).containsExactly("try", "caught bad", "finally", "closed res");
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void failureIsRethrownAtItsAwait(Runtime rt) {
    assertThatThrownBy(() -> rt.run(() -> Constructs.rethrows("lost")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("lost")
        .satisfies(e -> assertThat(e.getStackTrace()).anySatisfy(frame -> {
          assertThat(frame.getClassName()).isEqualTo(Constructs.class.getName());
          assertThat(frame.getMethodName()).isEqualTo("async$failing");
        }));
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void awaitsInsideExpressions(Runtime rt) {
    assertThat(rt.run(() -> Constructs.expressions(5)))
        .isEqualTo("wide=19 ratio=3.0 both=true map={k=7} parts=[p7, c] array=93 cond=big");
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void nestedAndRecursiveCalls(Runtime rt) {
    assertThat(rt.run(() -> Constructs.fib(15))).isEqualTo(610L);
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void genericMethod(Runtime rt) {
    assertThat(rt.run(() -> Constructs.maxOf(List.of(Constructs.later("pear"), Constructs.later("zucchini"),
        Constructs.later("apple"))))).isEqualTo("zucchini");
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void instanceMethods(Runtime rt) {
    assertThat(rt.run(() -> new Constructs(40).instance(2))).isEqualTo(84);
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void lambdasInTheBody(Runtime rt) {
    assertThat(rt.run(() -> Constructs.lambdas(3))).isEqualTo(9 + 18);
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void returnedFutureIsTheResult(Runtime rt) {
    assertThat(rt.run(() -> Constructs.tail(41))).isEqualTo(42);
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void interfaceDefaultRecordInnerClassAndEnumMethods(Runtime rt) {
    assertThat(rt.run(() -> new Constructs.Person("ada").greetTwice())).isEqualTo("hello, ada / bye, ada");
    Constructs outer = new Constructs(10);
    Constructs.Counter counter = outer.new Counter();
    assertThat(rt.run(() -> counter.addAll(List.of(1, 2, 3)))).isEqualTo(36);
    assertThat(rt.run(() -> Constructs.Op.ADD.apply(2, 5))).isEqualTo(2 + 5 - 1);
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void callingRunsNothingUntilThePoll(Runtime rt) {
    Constructs c = new Constructs(0);
    Future<Integer> future = c.tryCatchFinally("");
    assertThat(c.log).isEmpty();
    assertThat(rt.run(() -> future)).isEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void aTimeoutCancelsTheMachineItGivesUpOn(Runtime rt) {
    Cancellation c = new Cancellation();
    assertThat(rt.run(c::withTimeout)).isEqualTo("timed out");
    assertThat(c.log).containsExactly("waiting on connection", "closed connection", "saw CancelledException",
        "finally");
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void cancellationRunsFinallyAndCloses(Runtime rt) throws InterruptedException {
    Cancellation c = new Cancellation();
    cancelWhileSuspended(rt, c, c.waitForever());
    assertThat(c.log).containsExactly("waiting on connection", "closed connection", "saw CancelledException",
        "finally");
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void anAwaitInTheFinallyOfACancelledMethodThrowsTheCancellation(Runtime rt) throws InterruptedException {
    Cancellation c = new Cancellation();
    cancelWhileSuspended(rt, c, c.awaitsInItsFinally());
    assertThat(c.log).hasSize(1);
    assertThat(c.log.getFirst()).startsWith("cleanup await refused: ");
  }

  /** Spawns {@code task}, waits until it is suspended in {@code c.never()}, cancels it and joins it. */
  private static void cancelWhileSuspended(Runtime rt, Cancellation c, Future<Integer> task)
      throws InterruptedException {
    Executor executor = rt.start();
    try {
      JoinHandle<Integer> handle = executor.spawn(task);
      if (rt == Runtime.CURRENT_THREAD) {
        // the current-thread executor polls only inside blockOn: drive it until the task is suspended
        executor.blockOn(Constructs.later(0));
      }
      assertThat(c.suspended.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(handle.cancel()).isTrue();
      assertThatThrownBy(() -> executor.blockOn(handle)).isInstanceOf(CancelledException.class);
    } finally {
      executor.shutdown();
    }
  }

  @ParameterizedTest
  @EnumSource(Runtime.class)
  void awaitingNullFailsTheMethodWithAMessage(Runtime rt) {
    Cancellation c = new Cancellation();
    assertThatThrownBy(() -> rt.run(() -> c.awaitsNull(null))).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("await(null)");
  }
}
