package dev.patina.stress.task;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.patina.runtime.future.Poll;
import dev.patina.runtime.task.Scheduler;
import dev.patina.runtime.task.Task;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * One actor runs a scheduled task whose poll reads a plain field and returns pending; the other
 * writes the field and wakes the task. The result is (what the poll read, how many times the task
 * was queued again). A poll that missed the write must be followed by exactly one re-queue: (0, 0)
 * is a lost wake, and a second re-queue would put the task in two queues.
 */
@JCStressTest
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "the wake came first; the poll saw its write")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "the wake landed during the poll, which saw its write anyway")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "the poll missed the write; the task is queued again once")
@Outcome(id = "0, 0", expect = FORBIDDEN, desc = "lost wake: the poll missed the write and nothing re-queued the task")
@Outcome(expect = FORBIDDEN, desc = "the task was queued twice")
@State
public class WakeDuringPoll implements Scheduler {

  int data; // plain: published only by the task's state machine
  int seen;
  int requeued; // plain: written by whichever actor's call re-queues, read by the arbiter
  final Task<Void> task = new Task<>(cx -> {
    seen = data;
    return Poll.pending();
  }, this);

  @Actor
  public void runner() {
    task.run();
  }

  @Actor
  public void waker() {
    data = 1;
    task.wake();
  }

  @Arbiter
  public void arbiter(II_Result r) {
    r.r1 = seen;
    r.r2 = requeued;
  }

  @Override
  public synchronized void schedule(Task<?> t) {
    requeued++;
  }

  @Override
  public synchronized void yieldNow(Task<?> t) {
    requeued++;
  }

  @Override
  public void release(Task<?> t) {
    // the poll never finishes
  }
}
