package dev.patina.runtime.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.task.JoinHandle;
import dev.patina.runtime.task.Yield;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CurrentThreadExecutorTest {

  private final CurrentThreadExecutor executor = new CurrentThreadExecutor();

  @AfterEach
  void stop() {
    executor.shutdown();
  }

  @Test
  void blockOnRunsTheFutureAndTheTasksItSpawns() {
    int sum = executor.blockOn(cx0 -> Poll.ready(0));
    assertThat(sum).isZero();
    JoinHandle<Integer> a = executor.spawn(Future.ready(20));
    JoinHandle<Integer> b = executor.spawn(Future.ready(22));
    assertThat(executor.blockOn(a) + executor.blockOn(b)).isEqualTo(42);
    assertThat(executor.liveTasks()).isZero();
  }

  @Test
  void tasksReachTheirExecutorThroughCurrent() {
    AtomicInteger ran = new AtomicInteger();
    executor.blockOn(new Future<Void>() {
      JoinHandle<Integer> child;

      @Override
      public Poll<Void> poll(Context cx) {
        if (child == null) {
          child = Executor.current().spawn(c -> Poll.ready(ran.incrementAndGet()));
        }
        Poll<Integer> p = child.poll(cx);
        return p.isDone() ? Poll.ready(null) : Poll.pending();
      }
    });
    assertThat(ran).hasValue(1);
    assertThatThrownBy(Executor::current).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no executor on thread");
  }

  @Test
  void aWakeFromAnotherThreadUnparksTheDriver() throws Exception {
    Signal<String> signal = new Signal<>();
    JoinHandle<String> task = executor.spawn(signal);
    Thread other = new Thread(() -> {
      while (!signal.hasWaiter()) {
        Thread.onSpinWait();
      }
      signal.complete("from another thread");
    });
    other.start();
    assertThat(executor.blockOn(task)).isEqualTo("from another thread");
    other.join();
  }

  @Test
  void yieldingTasksInterleave() {
    List<String> order = new ArrayList<>();
    class Yielder implements Future<Void> {
      final String name;
      int left = 3;
      Future<Void> y = Yield.now();

      Yielder(String name) {
        this.name = name;
      }

      @Override
      public Poll<Void> poll(Context cx) {
        while (y.poll(cx).isDone()) {
          order.add(name);
          if (--left == 0) {
            return Poll.ready(null);
          }
          y = Yield.now();
        }
        return Poll.pending();
      }
    }
    // spawned on the driver, both go to the local queue, where a yield goes to the back
    List<JoinHandle<Void>> handles = new ArrayList<>();
    executor.blockOn(cx -> {
      handles.add(executor.spawn(new Yielder("a")));
      handles.add(executor.spawn(new Yielder("b")));
      return Poll.ready(null);
    });
    handles.forEach(executor::blockOn);
    assertThat(order).containsExactly("a", "b", "a", "b", "a", "b");
  }

  @Test
  void aFailingTaskFailsItsHandle() {
    JoinHandle<Integer> task = executor.spawn(cx -> {
      throw new ArithmeticException("/ by zero");
    });
    assertThatThrownBy(() -> executor.blockOn(task)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void cancellingAWaitingTaskReleasesWhatItHeld() {
    Semaphore pool = new Semaphore(1);
    Signal<String> never = new Signal<>();
    JoinHandle<String> task = executor.spawn(new Permits(pool, never));
    executor.blockOn(Yield.now()); // the task runs once and takes the permit
    assertThat(pool.availablePermits()).isZero();
    assertThat(task.cancel()).isTrue();
    assertThatThrownBy(() -> executor.blockOn(task)).isInstanceOf(CancelledException.class);
    assertThat(pool.availablePermits()).isOne();
    assertThat(task.isCancelled()).isTrue();
    assertThat(task.cancel()).isFalse();
    assertThat(executor.liveTasks()).isZero();
  }

  @Test
  void shutdownCancelsQueuedAndIdleTasksAndReportsThem() {
    Semaphore pool = new Semaphore(3);
    JoinHandle<String> idle1 = executor.spawn(new Permits(pool, new Signal<>()));
    JoinHandle<String> idle2 = executor.spawn(new Permits(pool, new Signal<>()));
    executor.blockOn(Yield.now());
    JoinHandle<String> queued = executor.spawn(new Permits(pool, new Signal<>()));
    assertThat(pool.availablePermits()).isOne();
    ShutdownReport report = executor.shutdown();
    assertThat(report).isEqualTo(new ShutdownReport(1, 2, 0, 0, 0));
    assertThat(pool.availablePermits()).isEqualTo(3);
    assertThat(List.of(idle1, idle2, queued)).allMatch(JoinHandle::isCancelled);
    assertThat(executor.liveTasks()).isZero();
    assertThatThrownBy(() -> executor.spawn(Future.ready(1))).isInstanceOf(RejectedExecutionException.class);
    assertThat(executor.shutdown()).isEqualTo(ShutdownReport.EMPTY);
  }

  @Test
  void blockOnInsideATaskIsRefused() {
    JoinHandle<Object> task = executor.spawn(cx -> Poll.ready(executor.blockOn(Future.ready(1))));
    assertThatThrownBy(() -> executor.blockOn(task)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("would block the only thread");
  }

  @Test
  void blockingWorkRunsOffTheDriver() {
    Thread driver = Thread.currentThread();
    JoinHandle<Thread> where = executor.spawnBlocking(Thread::currentThread);
    assertThat(executor.blockOn(where)).isNotSameAs(driver);
  }
}
