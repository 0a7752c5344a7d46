package dev.patina.stress.queue;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.patina.runtime.queue.WorkStealingDeque;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The race Chase–Lev settles with a CAS on top from both ends: the owner pops while thieves steal
 * the last element. Exactly one of them may get it; -1 is null. (Tests have two actors, so that
 * they run on two-CPU machines too.) The deque is filled in the
 * constructor and the owner actor takes over (jcstress publishes the state to the actors).
 */
public final class DequeLastElement {

  private DequeLastElement() {}

  static int orMinus1(Integer x) {
    return x == null ? -1 : x;
  }

  @JCStressTest
  @Outcome(id = {"1, -1", "-1, 1"}, expect = ACCEPTABLE, desc = "one of owner and thief got it")
  @Outcome(id = "1, 1", expect = FORBIDDEN, desc = "both got it: the fence or the CAS is broken")
  @Outcome(id = "-1, -1", expect = FORBIDDEN, desc = "neither got it: the element was lost")
  @State
  public static class PopVersusSteal {
    final WorkStealingDeque<Integer> d = new WorkStealingDeque<>(2);

    public PopVersusSteal() {
      d.push(1);
    }

    @Actor
    public void owner(II_Result r) {
      r.r1 = orMinus1(d.pop());
    }

    @Actor
    public void thief(II_Result r) {
      r.r2 = orMinus1(d.steal());
    }
  }

  /** Two thieves, one element: the CAS on top lets exactly one of them have it. */
  @JCStressTest
  @Outcome(id = {"1, -1", "-1, 1"}, expect = ACCEPTABLE, desc = "exactly one thief got it")
  @Outcome(id = "1, 1", expect = FORBIDDEN, desc = "both got it: the CAS is broken")
  @Outcome(id = "-1, -1", expect = FORBIDDEN, desc = "neither got it: the element was lost")
  @State
  public static class TwoStealsOneElement {
    final WorkStealingDeque<Integer> d = new WorkStealingDeque<>(2);

    public TwoStealsOneElement() {
      d.push(1);
    }

    @Actor
    public void thief1(II_Result r) {
      r.r1 = orMinus1(d.steal());
    }

    @Actor
    public void thief2(II_Result r) {
      r.r2 = orMinus1(d.steal());
    }
  }

  /**
   * Two elements [1, 2]: the owner pops while a thief steals. With one thief nothing can make
   * either fail: the owner always gets 2 (the newest), the thief always 1.
   */
  @JCStressTest
  @Outcome(id = "2, 1", expect = ACCEPTABLE, desc = "owner took the newest, thief the oldest")
  @Outcome(expect = FORBIDDEN, desc = "wrong element, lost, or taken twice")
  @State
  public static class PopVersusStealOfTwo {
    final WorkStealingDeque<Integer> d = new WorkStealingDeque<>(2);

    public PopVersusStealOfTwo() {
      d.push(1);
      d.push(2);
    }

    @Actor
    public void owner(II_Result r) {
      r.r1 = orMinus1(d.pop());
    }

    @Actor
    public void thief(II_Result r) {
      r.r2 = orMinus1(d.steal());
    }
  }
}
