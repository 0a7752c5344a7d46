package dev.patina.runtime.queue;

import static dev.patina.runtime.testing.LincheckRuns.QUEUES;

import java.util.ArrayDeque;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of {@link WorkStealingDeque} against an {@link ArrayDeque}: the owner's
 * operations form one non-parallel group (Lincheck runs them on one thread), steals run on the
 * others. A steal that lost a race is retried, so that the operation under test means "take the
 * oldest element, or report empty" (a lost race alone is not an answer the sequential deque has).
 */
public class WorkStealingDequeLincheckTest {

  // capacity 2: the scenarios push more than that, so growing is checked too
  private final WorkStealingDeque<Integer> deque = new WorkStealingDeque<>(2);

  @Operation(nonParallelGroup = "owner")
  public void push(int x) {
    deque.push(x);
  }

  @Operation(nonParallelGroup = "owner")
  public Integer pop() {
    return deque.pop();
  }

  /** Exact when the owner asks: it reads its own bottom and the current top. */
  @Operation(nonParallelGroup = "owner")
  public int size() {
    return deque.size();
  }

  @Operation
  public Integer steal() {
    Object x;
    do {
      x = deque.stealOrAbort();
    } while (x == WorkStealingDeque.ABORT);
    return (Integer) x;
  }

  @Test
  void modelChecking() {
    QUEUES.modelChecking(Spec.class).check(getClass());
  }

  @Test
  void stress() {
    QUEUES.stress(Spec.class).check(getClass());
  }

  /** The sequential deque: the owner's end is the last, the thieves' end the first. */
  public static class Spec {
    private final ArrayDeque<Integer> deque = new ArrayDeque<>();

    public void push(int x) {
      deque.addLast(x);
    }

    public Integer pop() {
      return deque.pollLast();
    }

    public int size() {
      return deque.size();
    }

    public Integer steal() {
      return deque.pollFirst();
    }
  }
}
