package dev.patina.stress.queue;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.patina.runtime.queue.MpmcArrayQueue;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The bounded queue's races at its edges: offer on a full queue against a poll, poll on an empty
 * queue against an offer, two offers for the last free slot, two polls for the last element.
 * Booleans are 1/0, a null poll is -1.
 */
public final class BoundedRaces {

  private BoundedRaces() {}

  static int bit(boolean b) {
    return b ? 1 : 0;
  }

  static int orMinus1(Integer x) {
    return x == null ? -1 : x;
  }

  /** Full queue [1, 2]: offer(3) races poll(). Result: (offered, polled, size after). */
  @JCStressTest
  @Outcome(id = "1, 1, 2", expect = ACCEPTABLE, desc = "poll made room, then offer succeeded")
  @Outcome(id = "0, 1, 1", expect = ACCEPTABLE, desc = "offer saw the queue full, then poll")
  @Outcome(expect = FORBIDDEN, desc = "overfilled, lost an element, or poll missed the head")
  @State
  public static class OfferOnFull {
    final MpmcArrayQueue<Integer> q = new MpmcArrayQueue<>(2);
    int offered;

    public OfferOnFull() {
      q.offer(1);
      q.offer(2);
    }

    @Actor
    public void producer() {
      offered = bit(q.offer(3));
    }

    @Actor
    public void consumer(III_Result r) {
      r.r2 = orMinus1(q.poll());
    }

    @Arbiter
    public void arbiter(III_Result r) {
      r.r1 = offered;
      r.r3 = q.size();
    }
  }

  /** Empty queue: offer(1) races poll(). Result: (offered, polled, size after). */
  @JCStressTest
  @Outcome(id = "1, 1, 0", expect = ACCEPTABLE, desc = "offer first, poll took it")
  @Outcome(id = "1, -1, 1", expect = ACCEPTABLE, desc = "poll saw the queue empty, then offer")
  @Outcome(expect = FORBIDDEN, desc = "the element was lost or seen twice")
  @State
  public static class PollOnEmpty {
    final MpmcArrayQueue<Integer> q = new MpmcArrayQueue<>(2);
    int offered;

    @Actor
    public void producer() {
      offered = bit(q.offer(1));
    }

    @Actor
    public void consumer(III_Result r) {
      r.r2 = orMinus1(q.poll());
    }

    @Arbiter
    public void arbiter(III_Result r) {
      r.r1 = offered;
      r.r3 = q.size();
    }
  }

  /** Queue [1] of capacity 2: two offers for one free slot. Exactly one may succeed. */
  @JCStressTest
  @Outcome(id = {"1, 0", "0, 1"}, expect = ACCEPTABLE, desc = "one offer took the slot")
  @Outcome(id = "1, 1", expect = FORBIDDEN, desc = "both succeeded: the queue overfilled")
  @Outcome(id = "0, 0", expect = FORBIDDEN, desc = "both refused although a slot was free")
  @State
  public static class TwoOffersOneSlot {
    final MpmcArrayQueue<Integer> q = new MpmcArrayQueue<>(2);

    public TwoOffersOneSlot() {
      q.offer(1);
    }

    @Actor
    public void producer1(II_Result r) {
      r.r1 = bit(q.offer(2));
    }

    @Actor
    public void producer2(II_Result r) {
      r.r2 = bit(q.offer(3));
    }
  }

  /** Queue [7]: two polls for one element. Exactly one gets it. */
  @JCStressTest
  @Outcome(id = {"7, -1", "-1, 7"}, expect = ACCEPTABLE, desc = "one poll took it")
  @Outcome(id = "7, 7", expect = FORBIDDEN, desc = "both took it")
  @Outcome(id = "-1, -1", expect = FORBIDDEN, desc = "neither took it although it was there")
  @State
  public static class TwoPollsOneElement {
    final MpmcArrayQueue<Integer> q = new MpmcArrayQueue<>(2);

    public TwoPollsOneElement() {
      q.offer(7);
    }

    @Actor
    public void consumer1(II_Result r) {
      r.r1 = orMinus1(q.poll());
    }

    @Actor
    public void consumer2(II_Result r) {
      r.r2 = orMinus1(q.poll());
    }
  }
}
