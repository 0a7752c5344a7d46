package dev.patina.stress.queue;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.patina.runtime.queue.MpmcArrayQueue;
import dev.patina.runtime.queue.MsQueue;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * One producer offers 1 then 2 while one consumer polls twice (-1 for null). The consumer may be
 * early, but it must never see 2 before 1, nor 2 after a null (1 would still be in the queue).
 */
public final class FifoOrder {

  private FifoOrder() {}

  static int orMinus1(Integer x) {
    return x == null ? -1 : x;
  }

  @JCStressTest
  @Outcome(id = {"-1, -1", "-1, 1", "1, -1", "1, 2"}, expect = ACCEPTABLE, desc = "in order")
  @Outcome(expect = FORBIDDEN, desc = "out of order, or an element skipped")
  @State
  public static class MsQueueTest {
    final MsQueue<Integer> q = new MsQueue<>();

    @Actor
    public void producer() {
      q.offer(1);
      q.offer(2);
    }

    @Actor
    public void consumer(II_Result r) {
      r.r1 = orMinus1(q.poll());
      r.r2 = orMinus1(q.poll());
    }
  }

  @JCStressTest
  @Outcome(id = {"-1, -1", "-1, 1", "1, -1", "1, 2"}, expect = ACCEPTABLE, desc = "in order")
  @Outcome(expect = FORBIDDEN, desc = "out of order, or an element skipped")
  @State
  public static class MpmcArrayQueueTest {
    final MpmcArrayQueue<Integer> q = new MpmcArrayQueue<>(2);

    @Actor
    public void producer() {
      q.offer(1);
      q.offer(2);
    }

    @Actor
    public void consumer(II_Result r) {
      r.r1 = orMinus1(q.poll());
      r.r2 = orMinus1(q.poll());
    }
  }
}
