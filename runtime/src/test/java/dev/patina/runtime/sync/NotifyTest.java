package dev.patina.runtime.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.runtime.future.Futures;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotifyTest {

  @Test
  void notifyOneWithNoWaiterStoresOnePermit() {
    Notify n = new Notify();
    Probe p = new Probe();
    n.notifyOne();
    n.notifyOne(); // still one permit
    p.ready(n.notified());
    assertThat(p.pending(n.notified())).isTrue();
  }

  @Test
  void notifyOneWakesTheLongestWaiter() {
    Notify n = new Notify();
    Probe pa = new Probe();
    Probe pb = new Probe();
    Notify.Notified a = n.notified();
    Notify.Notified b = n.notified();
    assertThat(pa.pending(a)).isTrue();
    assertThat(pb.pending(b)).isTrue();
    n.notifyOne();
    assertThat(pa.wakes()).isEqualTo(1);
    assertThat(pb.wakes()).isZero();
    assertThat(pb.pending(b)).isTrue();
    pa.ready(a);
    n.notifyOne();
    pb.ready(b);
    assertThat(pa.pending(n.notified())).isTrue(); // nothing was stored
  }

  @Test
  void notifyWaitersWakesEveryoneAndStoresNothing() {
    Notify n = new Notify();
    Probe pa = new Probe();
    Probe pb = new Probe();
    Notify.Notified a = n.notified();
    Notify.Notified b = n.notified();
    Notify.Notified unpolled = n.notified();
    assertThat(pa.pending(a)).isTrue();
    assertThat(pb.pending(b)).isTrue();
    n.notifyWaiters();
    assertThat(pa.wakes()).isEqualTo(1);
    assertThat(pb.wakes()).isEqualTo(1);
    pa.ready(a);
    pb.ready(b);
    pa.ready(unpolled); // made before notifyWaiters: it counts as waiting
    assertThat(pa.pending(n.notified())).isTrue();
  }

  @Test
  void aCancelledWaiterThatWasNotifiedPassesItToTheNext() {
    Notify n = new Notify();
    Probe pa = new Probe();
    Probe pb = new Probe();
    Notify.Notified a = n.notified();
    Notify.Notified b = n.notified();
    assertThat(pa.pending(a)).isTrue();
    assertThat(pb.pending(b)).isTrue();
    n.notifyOne(); // picks a
    a.cancel(); // a never sees it: b must
    assertThat(pb.wakes()).isEqualTo(1);
    pb.ready(b);
  }

  @Test
  void aCancelledNotifiedWaiterWithNoOneBehindStoresThePermit() {
    Notify n = new Notify();
    Probe p = new Probe();
    Notify.Notified a = n.notified();
    assertThat(p.pending(a)).isTrue();
    n.notifyOne();
    a.cancel();
    p.ready(n.notified());
  }

  @Test
  void aCancelledWaiterLeavesTheQueueSoNotifyOneStoresAPermit() {
    Notify n = new Notify();
    Probe p = new Probe();
    Notify.Notified a = n.notified();
    assertThat(p.pending(a)).isTrue();
    a.cancel();
    n.notifyOne();
    assertThat(p.wakes()).isZero();
    p.ready(n.notified());
  }

  /**
   * A producer counts up and notifies; consumers wait for the count to change with the
   * check-then-wait pattern Notify exists for, some cancelling their waits. No consumer may get
   * stuck: each notifyOne is either seen or stored.
   */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14})
  void randomizedCheckThenWaitNeverLosesAWakeUp(long seed) throws Exception {
    Notify n = new Notify();
    AtomicInteger items = new AtomicInteger();
    int total = 20_000;
    AtomicInteger taken = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> consumers = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      SplittableRandom rnd = new SplittableRandom(seed + c);
      consumers.add(
          new Thread(
              () -> {
                try {
                  while (taken.get() < total) {
                    int have = items.get();
                    if (have > 0 && items.compareAndSet(have, have - 1)) {
                      if (taken.incrementAndGet() == total) {
                        n.notifyWaiters(); // tell the other consumer to stop
                      }
                      continue;
                    }
                    Notify.Notified f = n.notified();
                    if (items.get() > 0 || taken.get() >= total) {
                      f.cancel();
                      continue;
                    }
                    if (rnd.nextInt(6) == 0) {
                      f.poll(new Probe().cx);
                      f.cancel(); // passes on a notification it may have been picked for
                      continue;
                    }
                    Futures.blockOn(f);
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              }));
    }
    consumers.forEach(Thread::start);
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < total; i++) {
      items.incrementAndGet();
      n.notifyOne();
      if (rnd.nextInt(64) == 0) {
        Thread.yield();
      }
    }
    for (Thread t : consumers) {
      t.join(30_000);
      assertThat(t.isAlive()).as("a consumer is stuck with items left: a lost wake-up").isFalse();
    }
    assertThat(failure.get()).isNull();
    assertThat(taken.get()).isEqualTo(total);
  }
}
