package dev.patina.runtime.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Cancellable;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The task state machine on its own, with a scheduler that only counts what it is asked to do. */
class TaskTest {

  static final class Counting implements Scheduler {
    final AtomicInteger scheduled = new AtomicInteger();
    final AtomicInteger yielded = new AtomicInteger();
    final AtomicInteger released = new AtomicInteger();
    final List<Throwable> unhandled = new ArrayList<>();

    @Override
    public void schedule(Task<?> task) {
      scheduled.incrementAndGet();
    }

    @Override
    public void yieldNow(Task<?> task) {
      yielded.incrementAndGet();
    }

    @Override
    public void release(Task<?> task) {
      released.incrementAndGet();
    }

    @Override
    public synchronized void unhandled(Task<?> task, Throwable failure) {
      unhandled.add(failure);
    }
  }

  /** A future that answers with {@code step} until it returns something done. */
  static <T> Future<T> steps(Function<Context, Poll<T>> step) {
    return step::apply;
  }

  @Test
  void aNewTaskIsScheduledAndAPendingPollLeavesItIdle() {
    Counting s = new Counting();
    Task<Integer> t = new Task<>(steps(cx -> Poll.pending()), s);
    assertThat(t.state()).isEqualTo(TaskState.SCHEDULED);
    t.run();
    assertThat(t.state()).isEqualTo(TaskState.IDLE);
    t.wake();
    t.wake(); // already scheduled: nothing more
    assertThat(s.scheduled).hasValue(1);
    assertThat(t.state()).isEqualTo(TaskState.SCHEDULED);
  }

  @Test
  void aWakeDuringThePollReschedulesExactlyOnceAfterIt() {
    Counting s = new Counting();
    Task<Integer> t = new Task<>(steps(cx -> {
      cx.waker().wake();
      cx.waker().wake();
      return Poll.pending();
    }), s);
    t.run();
    assertThat(s.yielded).hasValue(1);
    assertThat(s.scheduled).hasValue(0);
    assertThat(t.state()).isEqualTo(TaskState.SCHEDULED);
  }

  @RepeatedTest(20)
  void ofManyConcurrentWakesOfAnIdleTaskExactlyOneSchedulesIt() throws Exception {
    Counting s = new Counting();
    Task<Integer> t = new Task<>(steps(cx -> Poll.pending()), s);
    t.run();
    int threads = 4;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Thread> all = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread th = new Thread(() -> {
        try {
          start.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        for (int k = 0; k < 1000; k++) {
          t.wake();
        }
      });
      all.add(th);
      th.start();
    }
    for (Thread th : all) {
      th.join();
    }
    assertThat(s.scheduled).hasValue(1);
  }

  @Test
  void wakesRacingWithPollsAreNeverLost() throws Exception {
    // a wake from another thread after a poll read "nothing yet" must lead to another poll
    Counting s = new Counting();
    AtomicInteger published = new AtomicInteger();
    AtomicInteger seen = new AtomicInteger();
    Task<Integer> t = new Task<>(steps(cx -> {
      seen.set(published.get());
      return seen.get() == 10_000 ? Poll.ready(1) : Poll.pending();
    }), s);
    Thread waker = new Thread(() -> {
      for (int i = 1; i <= 10_000; i++) {
        published.set(i);
        t.wake();
      }
    });
    waker.start();
    // the "executor": run the task whenever it is scheduled (the scheduler counts; we poll)
    int runs = 0;
    int lastScheduled = 0;
    t.run();
    while (!t.isDone()) {
      int now = s.scheduled.get() + s.yielded.get();
      if (now != lastScheduled) {
        lastScheduled = now;
        t.run();
        runs++;
      } else if (!waker.isAlive() && t.state() == TaskState.IDLE) {
        break; // idle, nobody left to wake it: a wake was lost
      }
    }
    waker.join();
    assertThat(t.isDone()).as("the task saw the last step after " + runs + " runs").isTrue();
  }

  @Test
  void cancellingAnIdleTaskSchedulesItAndItsRunDropsTheFuture() {
    Counting s = new Counting();
    AtomicInteger dropped = new AtomicInteger();
    class Holding implements Future<String>, Cancellable {
      @Override
      public Poll<String> poll(Context cx) {
        return Poll.pending();
      }

      @Override
      public void cancel(CancelledException cause) {
        dropped.incrementAndGet();
      }
    }
    Task<String> t = new Task<>(new Holding(), s);
    t.run();
    assertThat(t.cancel()).isTrue();
    assertThat(t.cancel()).isFalse();
    assertThat(s.scheduled).hasValue(1);
    t.run();
    assertThat(dropped).hasValue(1);
    assertThat(t.isCancelled()).isTrue();
    assertThat(s.released).hasValue(1);
    assertThat(t.poll(new Context(Waker.noop()))).isInstanceOf(Poll.Failed.class);
  }

  @Test
  void aCancelDuringAPollTakesEffectWhenThePollReturnsPendingButAFinishedPollWins() {
    Counting s = new Counting();
    java.util.concurrent.atomic.AtomicReference<Task<String>> self = new java.util.concurrent.atomic.AtomicReference<>();
    Task<String> pending = new Task<>(steps(cx -> {
      self.get().cancel();
      return Poll.pending();
    }), s);
    self.set(pending);
    pending.run();
    assertThat(pending.isCancelled()).isTrue();

    Task<String> finishing = new Task<>(steps(cx -> {
      self.get().cancel();
      return Poll.ready("done anyway");
    }), s);
    self.set(finishing);
    finishing.run();
    assertThat(finishing.isCancelled()).isFalse();
    assertThat(finishing.poll(new Context(Waker.noop())).valueOrThrow()).isEqualTo("done anyway");
  }

  @Test
  void theJoinerIsWokenWhenTheTaskCompletes() {
    Counting s = new Counting();
    AtomicInteger joinWakes = new AtomicInteger();
    boolean[] ready = new boolean[1];
    Task<Integer> t = new Task<>(steps(cx -> ready[0] ? Poll.ready(7) : Poll.pending()), s);
    Context joiner = new Context(joinWakes::incrementAndGet);
    assertThat(t.poll(joiner).isDone()).isFalse();
    t.run();
    ready[0] = true;
    t.wake();
    t.run();
    assertThat(joinWakes).hasValue(1);
    assertThat(t.poll(joiner).valueOrThrow()).isEqualTo(7);
  }

  @Test
  void aDetachedTasksFailureIsReportedButACancellationIsNot() {
    Counting s = new Counting();
    Task<Integer> failing = new Task<>(steps(cx -> {
      throw new IllegalStateException("boom");
    }), s);
    failing.detach();
    failing.run();
    assertThat(s.unhandled).singleElement().satisfies(e -> assertThat(e).hasMessage("boom"));

    Task<Integer> late = new Task<>(steps(cx -> Poll.failed(new IllegalArgumentException("late"))), s);
    late.run();
    late.detach(); // detached after it failed: reported now
    assertThat(s.unhandled).hasSize(2);

    Task<Integer> cancelled = new Task<>(steps(cx -> Poll.pending()), s);
    cancelled.detach();
    cancelled.cancel();
    cancelled.run();
    assertThat(s.unhandled).hasSize(2);
  }

  @Test
  void aTaskCancelledAtShutdownReportsWhereItWas() {
    Counting s = new Counting();
    Task<Integer> queued = new Task<>(steps(cx -> Poll.pending()), s);
    Task<Integer> idle = new Task<>(steps(cx -> Poll.pending()), s);
    idle.run();
    assertThat(queued.cancelAtShutdown()).isEqualTo(TaskState.SCHEDULED);
    assertThat(idle.cancelAtShutdown()).isEqualTo(TaskState.IDLE);
    assertThat(idle.cancelAtShutdown()).isEqualTo(TaskState.COMPLETE);
    queued.run(); // a stale queue entry: skipped
    assertThat(queued.isCancelled()).isTrue();
    assertThat(s.released).hasValue(2);
  }
}
