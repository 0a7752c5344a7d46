package dev.patina.runtime.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.patina.runtime.future.Futures;
import dev.patina.runtime.future.Poll;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MutexTest {

  @Test
  void theGuardGivesTheValueAndCloseUnlocks() {
    Mutex<StringBuilder> m = new Mutex<>(new StringBuilder());
    try (MutexGuard<StringBuilder> g = Futures.blockOn(m.lock())) {
      g.get().append("a");
      assertThat(m.isLocked()).isTrue();
      MutexGuard<StringBuilder> none = m.tryLock();
      assertThat(none).isNull();
      if (none != null) {
        none.close();
      }
    }
    assertThat(m.isLocked()).isFalse();
    MutexGuard<StringBuilder> g = m.tryLock();
    assertThat(g).isNotNull();
    assertThat(g.get().toString()).isEqualTo("a");
    g.set(new StringBuilder("b"));
    g.close();
    try (MutexGuard<StringBuilder> again = Futures.blockOn(m.lock())) {
      assertThat(again.get().toString()).isEqualTo("b");
    }
  }

  @Test
  @SuppressWarnings("ownership:P0382") // the test closes a guard twice on purpose
  void closingAGuardTwiceIsAClearError() {
    Mutex<Integer> m = new Mutex<>(1);
    MutexGuard<Integer> g = Futures.blockOn(m.lock());
    g.close();
    try {
      g.close();
      fail("a second close went through");
    } catch (IllegalStateException e) {
      assertThat(e).hasMessage("the mutex guard was already closed");
    }
    assertThat(m.isLocked()).isFalse();
  }

  @Test
  void waitersGetTheLockInTheOrderTheyAsked() {
    Mutex<List<String>> m = new Mutex<>(new ArrayList<>());
    Probe pa = new Probe();
    Probe pb = new Probe();
    MutexGuard<List<String>> held = m.tryLock();
    Mutex.Lock<List<String>> a = m.lock();
    Mutex.Lock<List<String>> b = m.lock();
    assertThat(pa.pending(a)).isTrue();
    assertThat(pb.pending(b)).isTrue();
    held.close();
    assertThat(pa.wakes()).isEqualTo(1);
    assertThat(pb.wakes()).isZero();
    assertThat(pb.pending(b)).isTrue();
    MutexGuard<List<String>> ga = pa.ready(a);
    ga.get().add("a");
    ga.close();
    assertThat(pb.wakes()).isEqualTo(1);
    MutexGuard<List<String>> gb = pb.ready(b);
    gb.get().add("b");
    assertThat(gb.get()).containsExactly("a", "b");
    gb.close();
  }

  @Test
  void aLockCancelledAfterItWasHandedTheMutexPassesItOn() {
    Mutex<Integer> m = new Mutex<>(0);
    Probe pa = new Probe();
    Probe pb = new Probe();
    MutexGuard<Integer> held = m.tryLock();
    Mutex.Lock<Integer> a = m.lock();
    Mutex.Lock<Integer> b = m.lock();
    assertThat(pa.pending(a)).isTrue();
    assertThat(pb.pending(b)).isTrue();
    held.close(); // hands the lock to a
    a.cancel(); // a is dropped before it takes the guard: b must get it, not lose the wake-up
    assertThat(pb.wakes()).isEqualTo(1);
    MutexGuard<Integer> gb = pb.ready(b);
    gb.close();
    assertThat(m.isLocked()).isFalse();
  }

  @Test
  void aCancelledWaiterLeavesTheQueue() {
    Mutex<Integer> m = new Mutex<>(0);
    Probe pa = new Probe();
    Probe pb = new Probe();
    MutexGuard<Integer> held = m.tryLock();
    Mutex.Lock<Integer> a = m.lock();
    Mutex.Lock<Integer> b = m.lock();
    assertThat(pa.pending(a)).isTrue();
    assertThat(pb.pending(b)).isTrue();
    a.cancel();
    held.close();
    assertThat(pa.wakes()).isZero();
    assertThat(pb.wakes()).isEqualTo(1);
    pb.ready(b).close();
  }

  /** Threads increment a plain int under the lock; some give up on a lock half-way. */
  @ParameterizedTest
  @ValueSource(longs = {7, 8, 9})
  void randomizedIncrementsUnderTheLockAreExact(long seed) throws Exception {
    Mutex<int[]> m = new Mutex<>(new int[1]);
    int threads = 4;
    int each = 3_000;
    int[] done = new int[threads];
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> ts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int id = t;
      SplittableRandom rnd = new SplittableRandom(seed ^ (t * 0x9E3779B97F4A7C15L));
      ts.add(
          new Thread(
              () -> {
                try {
                  while (done[id] < each) {
                    Mutex.Lock<int[]> lock = m.lock();
                    if (rnd.nextInt(10) == 0) {
                      // poll once by hand, then give up on the lock
                      if (lock.poll(new Probe().cx) instanceof Poll.Ready<MutexGuard<int[]>> r) {
                        r.value().close();
                      } else {
                        lock.cancel();
                      }
                      continue;
                    }
                    try (MutexGuard<int[]> g = Futures.blockOn(lock)) {
                      g.get()[0]++;
                    }
                    done[id]++;
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              }));
    }
    ts.forEach(Thread::start);
    for (Thread t : ts) {
      t.join(30_000);
      assertThat(t.isAlive()).as("a thread is stuck: a lost wake-up").isFalse();
    }
    assertThat(failure.get()).isNull();
    try (MutexGuard<int[]> g = Futures.blockOn(m.lock())) {
      assertThat(g.get()[0]).isEqualTo(threads * each);
    }
  }
}
