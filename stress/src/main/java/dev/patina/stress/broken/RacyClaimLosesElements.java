package dev.patina.stress.broken;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.patina.runtime.queue.RacyClaimArrayQueue;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Two producers offer one element each into the broken queue, then the arbiter counts what comes
 * out. The queue claims indices with check-then-act, so both producers can claim the same slot
 * and one element is lost: 1 is FORBIDDEN. (The same kind of test passes for the real queues:
 * {@code NoLossNoDuplication}.)
 *
 * <p>One offer per actor, not several: with more, a producer that stalls between its read and its
 * write of the index can move the index <em>back</em> after the other producer's second claim, and
 * the next offer then spins forever on a slot that is ahead of the index — the test would hang
 * instead of reporting the lost element (seen with three offers each in {@code -m quick}).
 */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both elements came out")
@Outcome(expect = FORBIDDEN, desc = "an element was lost: two producers claimed the same slot")
@State
public class RacyClaimLosesElements {
  final RacyClaimArrayQueue<Integer> q = new RacyClaimArrayQueue<>(4);

  @Actor
  public void producer1() {
    q.offer(1);
  }

  @Actor
  public void producer2() {
    q.offer(2);
  }

  @Arbiter
  public void arbiter(I_Result r) {
    int n = 0;
    while (q.poll() != null) {
      n++;
    }
    r.r1 = n;
  }
}
