package dev.patina.bench.executor;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Join;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;
import dev.patina.runtime.task.Scheduler;
import dev.patina.runtime.task.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One wake and one poll, on one thread, without a queue in between: of a task (its state machine:
 * IDLE → SCHEDULED → RUNNING → IDLE) and of a {@code Join} of eight children of which one was
 * woken. Both must allocate nothing (0 B/op).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WakePollBench {

  /** A child that is never ready and keeps the waker of its latest poll. */
  static final class Pending implements Future<Void> {
    Waker waker;

    @Override
    public Poll<Void> poll(Context cx) {
      waker = cx.waker();
      return Poll.pending();
    }
  }

  /** A task whose scheduler does nothing: the benchmark runs the task itself after waking it. */
  @State(Scope.Thread)
  public static class OneTask {
    Task<Void> task;

    @Setup(Level.Trial)
    public void create() {
      task = new Task<>(new Pending(), new Scheduler() {
        @Override
        public void schedule(Task<?> t) {
          // the benchmark runs the task right after waking it
        }

        @Override
        public void yieldNow(Task<?> t) {
          // never woken during its own poll
        }

        @Override
        public void release(Task<?> t) {
          // never completes
        }
      });
      task.run(); // SCHEDULED -> RUNNING -> IDLE
    }
  }

  /** A join of eight pending children. */
  @State(Scope.Thread)
  public static class EightChildren {
    final List<Pending> children = new ArrayList<>();
    Future<List<Void>> join;
    final Context cx = new Context(Waker.noop());

    @Setup(Level.Trial)
    public void create() {
      for (int i = 0; i < 8; i++) {
        children.add(new Pending());
      }
      join = Join.all(children);
      join.poll(cx);
    }
  }

  @Benchmark
  public void taskWakeAndPoll(OneTask s) {
    s.task.wake();
    s.task.run();
  }

  @Benchmark
  public Poll<List<Void>> joinWakeAndPoll(EightChildren s) {
    s.children.get(3).waker.wake();
    return s.join.poll(s.cx);
  }
}
