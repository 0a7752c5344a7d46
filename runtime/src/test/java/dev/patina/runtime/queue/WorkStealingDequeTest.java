package dev.patina.runtime.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkStealingDequeTest {

  @Test
  void ownerPopsNewestFirstAndThievesStealOldestFirst() {
    WorkStealingDeque<Integer> d = new WorkStealingDeque<>(4);
    for (int i = 1; i <= 5; i++) {
      d.push(i);
    }
    assertThat(d.size()).isEqualTo(5);
    assertThat(d.steal()).isEqualTo(1);
    assertThat(d.pop()).isEqualTo(5);
    assertThat(d.steal()).isEqualTo(2);
    assertThat(d.pop()).isEqualTo(4);
    assertThat(d.pop()).isEqualTo(3);
    assertThat(d.isEmpty()).isTrue();
    assertThat(d.pop()).isNull();
    assertThat(d.steal()).isNull();
    assertThat(d.stealOrAbort()).isNull(); // empty is null, not ABORT
    assertThat(d.size()).isZero();
  }

  @Test
  void emptyDequeAnswersNullAndStaysUsable() {
    WorkStealingDeque<String> d = new WorkStealingDeque<>();
    assertThat(d.pop()).isNull();
    assertThat(d.pop()).isNull();
    assertThat(d.steal()).isNull();
    d.push("a");
    assertThat(d.size()).isEqualTo(1);
    assertThat(d.pop()).isEqualTo("a");
    assertThat(d.isEmpty()).isTrue();
  }

  @Test
  void rejectsNullElementsAndBadCapacities() {
    WorkStealingDeque<String> d = new WorkStealingDeque<>();
    assertThatThrownBy(() -> d.push(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new WorkStealingDeque<String>(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 0");
    assertThatThrownBy(() -> new WorkStealingDeque<String>((1 << 30) + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void capacityIsRoundedUpToAPowerOfTwo() {
    assertThat(new WorkStealingDeque<String>(1).arrayLength()).isEqualTo(1);
    assertThat(new WorkStealingDeque<String>(5).arrayLength()).isEqualTo(8);
    assertThat(new WorkStealingDeque<String>(64).arrayLength()).isEqualTo(64);
  }

  /** Steals move top far past the first lap, so pushes wrap around before the array grows. */
  @Test
  void growingAfterWrapAroundKeepsTheOrder() {
    WorkStealingDeque<Integer> d = new WorkStealingDeque<>(4);
    int next = 0;
    int expectedSteal = 0;
    for (int lap = 0; lap < 10; lap++) {
      d.push(next++);
      d.push(next++);
      assertThat(d.steal()).isEqualTo(expectedSteal++);
      assertThat(d.steal()).isEqualTo(expectedSteal++);
    }
    assertThat(d.arrayLength()).isEqualTo(4); // wrapped around 5 times without growing
    for (int i = 0; i < 9; i++) {
      d.push(next++);
    }
    assertThat(d.arrayLength()).isEqualTo(16);
    List<Integer> stolen = new ArrayList<>();
    for (Integer x = d.steal(); x != null; x = d.steal()) {
      stolen.add(x);
    }
    assertThat(stolen).containsExactly(20, 21, 22, 23, 24, 25, 26, 27, 28);
  }

  @Test
  void theDequeKeepsNoReferenceToTakenElements() {
    WorkStealingDeque<Object> d = new WorkStealingDeque<>(8);
    for (int i = 0; i < 6; i++) {
      d.push(new Object());
    }
    d.pop();
    d.pop();
    assertThat(d.occupiedSlots()).isEqualTo(4); // popped slots are cleared at once
    d.steal();
    d.steal();
    d.steal();
    assertThat(d.occupiedSlots()).isEqualTo(4); // stolen slots wait for the owner...
    d.push(new Object());
    assertThat(d.occupiedSlots()).isEqualTo(2); // ...which clears them on its next operation
    d.pop();
    d.pop();
    assertThat(d.occupiedSlots()).isZero();
    d.push(new Object());
    d.push(new Object());
    d.steal();
    d.steal();
    assertThat(d.occupiedSlots()).isEqualTo(2);
    assertThat(d.pop()).isNull(); // a pop that finds the deque empty clears too
    assertThat(d.occupiedSlots()).isZero();
  }

  /** The owner pushes and pops while thieves steal: every element comes out exactly once. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void everyElementIsTakenExactlyOnce(int thieves) throws InterruptedException {
    int n = 200_000;
    WorkStealingDeque<Integer> d = new WorkStealingDeque<>(2); // small: grows under contention
    AtomicReferenceArray<String> takenBy = new AtomicReferenceArray<>(n);
    AtomicInteger taken = new AtomicInteger();
    AtomicBoolean duplicate = new AtomicBoolean();
    List<Thread> threads = new ArrayList<>();
    AtomicBoolean nonFifoSteal = new AtomicBoolean();
    CountDownLatch start = new CountDownLatch(1);
    for (int k = 0; k < thieves; k++) {
      String name = "thief-" + k;
      threads.add(new Thread(() -> {
        await(start);
        int last = -1;
        while (taken.get() < n) {
          Integer x = d.steal();
          if (x != null) {
            if (x <= last) {
              nonFifoSteal.set(true); // one thief's steals follow the push order
            }
            last = x;
            record(takenBy, x, name, duplicate);
            taken.incrementAndGet();
          } else {
            Thread.onSpinWait();
          }
        }
      }, name));
    }
    threads.forEach(Thread::start);
    start.countDown();
    Random random = new Random(thieves);
    int pushed = 0;
    while (pushed < n) {
      int burst = 1 + random.nextInt(64);
      for (int i = 0; i < burst && pushed < n; i++) {
        d.push(pushed++);
      }
      int pops = random.nextInt(burst + 1);
      for (int i = 0; i < pops; i++) {
        Integer x = d.pop();
        if (x != null) {
          record(takenBy, x, "owner", duplicate);
          taken.incrementAndGet();
        }
      }
    }
    for (Integer x = d.pop(); x != null; x = d.pop()) {
      record(takenBy, x, "owner", duplicate);
      taken.incrementAndGet();
    }
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(30));
      assertThat(t.isAlive()).as(t.getName() + " finished").isFalse();
    }
    assertThat(duplicate.get()).as("an element was taken twice").isFalse();
    assertThat(nonFifoSteal.get()).as("a thief stole out of order").isFalse();
    assertThat(taken.get()).isEqualTo(n);
    for (int i = 0; i < n; i++) {
      assertThat(takenBy.get(i)).as("element " + i).isNotNull();
    }
  }

  /** The one race Chase–Lev resolves with a CAS from both sides: the owner and a thief, one element. */
  @Test
  void theLastElementGoesToExactlyOneOfOwnerAndThief() throws InterruptedException {
    int rounds = 20_000;
    WorkStealingDeque<int[]> d = new WorkStealingDeque<>(4);
    AtomicInteger round = new AtomicInteger(-1);
    AtomicInteger thiefDone = new AtomicInteger(-1);
    int[] stolen = new int[rounds];
    Thread thief = new Thread(() -> {
      for (int r = 0; r < rounds; r++) {
        while (round.get() < r) {
          Thread.onSpinWait();
        }
        int[] x = d.steal();
        if (x != null) {
          stolen[r] = x[0]; // the element's field, written before push, is visible
        }
        thiefDone.set(r);
      }
    });
    thief.start();
    int[] popped = new int[rounds];
    for (int r = 0; r < rounds; r++) {
      d.push(new int[] {r + 1});
      round.set(r);
      int[] x = d.pop();
      if (x != null) {
        popped[r] = x[0];
      }
      while (thiefDone.get() < r) {
        Thread.onSpinWait();
      }
    }
    thief.join();
    for (int r = 0; r < rounds; r++) {
      boolean owner = popped[r] == r + 1;
      boolean thiefGotIt = stolen[r] == r + 1;
      assertThat(owner ^ thiefGotIt).as("round " + r + ": owner=" + owner + " thief=" + thiefGotIt).isTrue();
    }
    assertThat(d.isEmpty()).isTrue();
  }

  private static void record(AtomicReferenceArray<String> takenBy, int x, String who, AtomicBoolean duplicate) {
    if (!takenBy.compareAndSet(x, null, who)) {
      duplicate.set(true);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
