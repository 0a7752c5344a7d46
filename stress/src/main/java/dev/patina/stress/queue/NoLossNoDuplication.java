package dev.patina.stress.queue;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.patina.runtime.queue.ConcurrentQueue;
import dev.patina.runtime.queue.MpmcArrayQueue;
import dev.patina.runtime.queue.MsQueue;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Two producers and two consumers at once, then an arbiter that drains the rest: each of the two
 * elements must come out exactly once. The result is (times element 1 came out, times element 2
 * came out, how many the consumers got before the arbiter); only (1, 1, 2) is allowed.
 *
 * <p>Each of the two actors is a producer and then a consumer (it offers, then polls): jcstress
 * runs a test only if it has a CPU per actor, and two actors run on every machine, including the
 * two-CPU ones CI uses. The consumer half of one actor races the producer half of the other.
 * Each poll comes after its own actor's offer, so a linearizable queue always has an element for
 * it: a null poll is forbidden too.
 */
public final class NoLossNoDuplication {

  private NoLossNoDuplication() {}

  /** The four threads' shared bookkeeping, run against any queue. */
  abstract static class Scenario {
    final ConcurrentQueue<Integer> q;
    Integer got1; // plain: the arbiter runs after both actors (jcstress orders them)
    Integer got2;

    Scenario(ConcurrentQueue<Integer> q) {
      this.q = q;
    }

    void finish(III_Result r) {
      int[] count = new int[3];
      int byConsumers = 0;
      for (Integer x : new Integer[] {got1, got2}) {
        if (x != null) {
          count[x]++;
          byConsumers++;
        }
      }
      for (Integer x = q.poll(); x != null; x = q.poll()) {
        count[x]++;
      }
      r.r1 = count[1];
      r.r2 = count[2];
      r.r3 = byConsumers;
    }
  }

  @JCStressTest
  @Outcome(id = "1, 1, 2", expect = ACCEPTABLE, desc = "each element exactly once, both polls got one")
  @Outcome(expect = FORBIDDEN, desc = "an element was lost or came out twice, or a poll said empty")
  @State
  public static class MsQueueTest extends Scenario {
    public MsQueueTest() {
      super(new MsQueue<>());
    }

    @Actor
    public void producerThenConsumer1() {
      q.offer(1);
      got1 = q.poll();
    }

    @Actor
    public void producerThenConsumer2() {
      q.offer(2);
      got2 = q.poll();
    }

    @Arbiter
    public void arbiter(III_Result r) {
      finish(r);
    }
  }

  @JCStressTest
  @Outcome(id = "1, 1, 2", expect = ACCEPTABLE, desc = "each element exactly once, both polls got one")
  @Outcome(expect = FORBIDDEN, desc = "an element was lost or came out twice, or a poll said empty")
  @State
  public static class MpmcArrayQueueTest extends Scenario {
    public MpmcArrayQueueTest() {
      super(new MpmcArrayQueue<>(2));
    }

    @Actor
    public void producerThenConsumer1() {
      q.offer(1);
      got1 = q.poll();
    }

    @Actor
    public void producerThenConsumer2() {
      q.offer(2);
      got2 = q.poll();
    }

    @Arbiter
    public void arbiter(III_Result r) {
      finish(r);
    }
  }
}
