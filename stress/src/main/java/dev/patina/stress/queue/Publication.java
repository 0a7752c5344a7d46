package dev.patina.stress.queue;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.patina.runtime.queue.ConcurrentQueue;
import dev.patina.runtime.queue.MpmcArrayQueue;
import dev.patina.runtime.queue.MsQueue;
import dev.patina.runtime.queue.WorkStealingDeque;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Publication safety: the fields of an element, written with plain stores before it is offered,
 * are visible to the thread that takes it. The result is (x, y) of the element taken, or (-1, -1)
 * when the take came first; anything with a 0 means the queue handed over an element whose fields
 * the consumer could not see (the release/acquire pair on the hand-over is broken).
 */
public final class Publication {

  private Publication() {}

  /** Two plain fields, so that a reordering of either store shows. */
  static final class Box {
    int x;
    int y;
  }

  static void publish(ConcurrentQueue<Box> q) {
    Box b = new Box();
    b.x = 1;
    b.y = 2;
    q.offer(b);
  }

  static void take(Box b, II_Result r) {
    if (b == null) {
      r.r1 = -1;
      r.r2 = -1;
    } else {
      r.r1 = b.x;
      r.r2 = b.y;
    }
  }

  @JCStressTest
  @Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "took the element and saw its fields")
  @Outcome(id = "-1, -1", expect = ACCEPTABLE, desc = "poll ran before offer")
  @Outcome(expect = FORBIDDEN, desc = "took the element but not its fields: publication is broken")
  @State
  public static class MsQueueTest {
    final MsQueue<Box> q = new MsQueue<>();

    @Actor
    public void producer() {
      publish(q);
    }

    @Actor
    public void consumer(II_Result r) {
      take(q.poll(), r);
    }
  }

  @JCStressTest
  @Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "took the element and saw its fields")
  @Outcome(id = "-1, -1", expect = ACCEPTABLE, desc = "poll ran before offer")
  @Outcome(expect = FORBIDDEN, desc = "took the element but not its fields: publication is broken")
  @State
  public static class MpmcArrayQueueTest {
    final MpmcArrayQueue<Box> q = new MpmcArrayQueue<>(2);

    @Actor
    public void producer() {
      publish(q);
    }

    @Actor
    public void consumer(II_Result r) {
      take(q.poll(), r);
    }
  }

  /** Peek hands over an element too: the same pair of orderings must hold for it. */
  @JCStressTest
  @Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "peeked the element and saw its fields")
  @Outcome(id = "-1, -1", expect = ACCEPTABLE, desc = "peek ran before offer")
  @Outcome(expect = FORBIDDEN, desc = "peeked the element but not its fields: publication is broken")
  @State
  public static class MpmcArrayQueuePeekTest {
    final MpmcArrayQueue<Box> q = new MpmcArrayQueue<>(2);

    @Actor
    public void producer() {
      publish(q);
    }

    @Actor
    public void consumer(II_Result r) {
      take(q.peek(), r);
    }
  }

  /** The owner pushes, a thief steals: the release store of bottom must publish the fields. */
  @JCStressTest
  @Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "stole the element and saw its fields")
  @Outcome(id = "-1, -1", expect = ACCEPTABLE, desc = "steal ran before push")
  @Outcome(expect = FORBIDDEN, desc = "stole the element but not its fields: publication is broken")
  @State
  public static class WorkStealingDequeTest {
    final WorkStealingDeque<Box> d = new WorkStealingDeque<>(2);

    @Actor
    public void owner() {
      Box b = new Box();
      b.x = 1;
      b.y = 2;
      d.push(b);
    }

    @Actor
    public void thief(II_Result r) {
      take(d.steal(), r);
    }
  }
}
