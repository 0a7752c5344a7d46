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
 * Two producers offer three elements each into the broken queue, then the arbiter counts what
 * comes out. The queue claims indices with check-then-act, so both producers can claim the same
 * slot and one element is lost: fewer than 6 is FORBIDDEN. Three offers per actor give the race
 * three chances per sample, so that even the short CI run sees it on a loaded machine. (The same
 * kind of test passes for the real queues: {@code NoLossNoDuplication}.)
 */
@JCStressTest
@Outcome(id = "6", expect = ACCEPTABLE, desc = "all six elements came out")
@Outcome(expect = FORBIDDEN, desc = "an element was lost: two producers claimed the same slot")
@State
public class RacyClaimLosesElements {
  final RacyClaimArrayQueue<Integer> q = new RacyClaimArrayQueue<>(8);

  @Actor
  public void producer1() {
    q.offer(1);
    q.offer(2);
    q.offer(3);
  }

  @Actor
  public void producer2() {
    q.offer(4);
    q.offer(5);
    q.offer(6);
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
