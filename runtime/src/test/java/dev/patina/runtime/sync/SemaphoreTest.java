package dev.patina.runtime.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.runtime.future.Futures;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.task.Coop;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SemaphoreTest {

  @Test
  void tryAcquireTakesWhatIsThereAndReleaseGivesItBack() {
    Semaphore s = new Semaphore(3);
    assertThat(s.tryAcquire(2)).isTrue();
    assertThat(s.tryAcquire(2)).isFalse();
    assertThat(s.availablePermits()).isEqualTo(1);
    s.release(2);
    assertThat(s.availablePermits()).isEqualTo(3);
    assertThat(s.tryAcquire(0)).isTrue();
    assertThatThrownBy(() -> s.tryAcquire(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.release(Semaphore.MAX_PERMITS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("overflow");
  }

  @Test
  void anAcquireWaitsUntilReleaseWakesIt() {
    Semaphore s = new Semaphore(0);
    Probe t = new Probe();
    Semaphore.Acquire a = s.acquire(1);
    assertThat(t.pending(a)).isTrue();
    assertThat(t.pending(a)).isTrue();
    assertThat(t.wakes()).isZero();
    s.release(1);
    assertThat(t.wakes()).isEqualTo(1);
    t.ready(a);
    assertThat(s.availablePermits()).isZero();
    assertThatThrownBy(() -> t.poll(a)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void waitersAreServedInOrderAndABigRequestIsNotOvertaken() {
    Semaphore s = new Semaphore(1);
    Probe pa = new Probe();
    Probe pb = new Probe();
    Probe pc = new Probe();
    Semaphore.Acquire a = s.acquire(3);
    Semaphore.Acquire b = s.acquire(1);
    Semaphore.Acquire c = s.acquire(1);
    assertThat(pa.pending(a)).isTrue(); // takes the 1 permit there, needs 2 more
    assertThat(pb.pending(b)).isTrue();
    assertThat(pc.pending(c)).isTrue();
    assertThat(s.availablePermits()).isZero();
    s.release(1); // to a, which still needs 1; b and c must not overtake it
    assertThat(s.tryAcquire(1)).isFalse();
    assertThat(pa.wakes() + pb.wakes() + pc.wakes()).isZero();
    s.release(2); // a completes, b gets the last
    assertThat(pa.wakes()).isEqualTo(1);
    assertThat(pb.wakes()).isEqualTo(1);
    assertThat(pc.wakes()).isZero();
    pa.ready(a);
    pb.ready(b);
    assertThat(pc.pending(c)).isTrue();
    s.release(1);
    pc.ready(c);
  }

  @Test
  void aCancelledWaiterGivesThePermitsItCollectedToTheNext() {
    Semaphore s = new Semaphore(1);
    Probe pa = new Probe();
    Probe pb = new Probe();
    Semaphore.Acquire a = s.acquire(2);
    Semaphore.Acquire b = s.acquire(1);
    assertThat(pa.pending(a)).isTrue(); // holds 1 of 2
    assertThat(pb.pending(b)).isTrue();
    a.cancel();
    assertThat(pb.wakes()).isEqualTo(1);
    pb.ready(b);
    assertThat(s.availablePermits()).isZero();
    a.cancel(); // idempotent
    assertThat(s.availablePermits()).isZero();
  }

  @Test
  void aWaiterCancelledAfterItWasGrantedPassesTheBaton() {
    Semaphore s = new Semaphore(0);
    Probe pa = new Probe();
    Probe pb = new Probe();
    Semaphore.Acquire a = s.acquire(1);
    Semaphore.Acquire b = s.acquire(1);
    assertThat(pa.pending(a)).isTrue();
    assertThat(pb.pending(b)).isTrue();
    s.release(1);
    assertThat(pa.wakes()).isEqualTo(1); // a was handed the permit ...
    a.cancel(); // ... but is dropped before it sees it
    assertThat(pb.wakes()).isEqualTo(1);
    pb.ready(b);
  }

  @Test
  void cancellingACompletedAcquireKeepsThePermitsWithTheCaller() {
    Semaphore s = new Semaphore(1);
    Probe p = new Probe();
    Semaphore.Acquire a = s.acquire(1);
    p.ready(a);
    a.cancel();
    assertThat(s.availablePermits()).isZero();
  }

  @Test
  void aNewWakerReplacesTheOldOneAndTheSameOneIsKept() {
    Semaphore s = new Semaphore(0);
    Probe first = new Probe();
    Probe second = new Probe();
    Semaphore.Acquire a = s.acquire(1);
    assertThat(first.pending(a)).isTrue();
    assertThat(second.pending(a)).isTrue(); // the task moved: the stored waker is replaced
    s.release(1);
    assertThat(first.wakes()).isZero();
    assertThat(second.wakes()).isEqualTo(1);
  }

  @Test
  void closeFailsWaitersAndLaterAcquires() {
    Semaphore s = new Semaphore(0);
    Probe p = new Probe();
    Semaphore.Acquire a = s.acquire(1);
    assertThat(p.pending(a)).isTrue();
    s.close();
    assertThat(p.wakes()).isEqualTo(1);
    assertThat(p.poll(a)).isInstanceOf(Poll.Failed.class);
    assertThatThrownBy(() -> p.ready(a)).isInstanceOf(IllegalStateException.class);
    assertThat(p.poll(s.acquire(1))).isInstanceOfSatisfying(
        Poll.Failed.class, f -> assertThat(f.cause()).isInstanceOf(ClosedException.class));
    assertThatThrownBy(() -> s.tryAcquire(1))
        .isInstanceOf(ClosedException.class)
        .hasMessage("the semaphore is closed");
    assertThat(s.isClosed()).isTrue();
  }

  @Test
  void anAcquireThatIsReadyAtOnceRespectsTheBudget() {
    Semaphore s = new Semaphore(10);
    Probe p = new Probe();
    int previous = Coop.beginPoll(1);
    try {
      p.ready(s.acquire(1));
      Semaphore.Acquire second = s.acquire(1);
      assertThat(p.pending(second)).isTrue(); // the budget is spent: yield
      assertThat(p.wakes()).isEqualTo(1);
      assertThat(s.availablePermits()).isEqualTo(9);
      Coop.beginPoll(1);
      p.ready(second);
    } finally {
      Coop.endPoll(previous);
    }
  }

  /**
   * Threads acquire random counts, hold them, release them, and cancel some acquires half-way;
   * the permits in use never exceed the total, and at the end all of them are back.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234})
  void randomizedAcquireReleaseAndCancelKeepsTheCount(long seed) throws Exception {
    int total = 5;
    Semaphore s = new Semaphore(total);
    AtomicInteger inUse = new AtomicInteger();
    AtomicInteger acquired = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      SplittableRandom rnd = new SplittableRandom(seed * 31 + t);
      threads.add(
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < 2_000; i++) {
                    int n = 1 + rnd.nextInt(3);
                    Semaphore.Acquire a = s.acquire(n);
                    if (rnd.nextInt(8) == 0) {
                      // poll once by hand, then give up: what it collected must go on
                      a.poll(new Probe().cx);
                      a.cancel();
                      if (a.status == Semaphore.Acquire.DONE) {
                        s.release(n); // it completed on that poll: the permits are ours
                      }
                      continue;
                    }
                    Futures.blockOn(a);
                    int now = inUse.addAndGet(n);
                    if (now > total) {
                      throw new AssertionError(now + " permits in use of " + total);
                    }
                    acquired.incrementAndGet();
                    inUse.addAndGet(-n);
                    s.release(n);
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join(30_000);
      assertThat(t.isAlive()).as("a thread is stuck: a lost wake-up").isFalse();
    }
    assertThat(failure.get()).isNull();
    assertThat(s.availablePermits()).isEqualTo(total);
    assertThat(acquired.get()).isPositive();
  }
}
