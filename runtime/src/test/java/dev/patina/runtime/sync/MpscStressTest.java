package dev.patina.runtime.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.runtime.future.Futures;
import dev.patina.runtime.testing.LincheckRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Producers on their own threads, the receiver blocked in {@code Futures.blockOn} on the test
 * thread: every message arrives exactly once and each producer's messages in order.
 */
class MpscStressTest {

  private static final int PRODUCERS = 3;
  // a million each under -Dpatina.lincheck.long=true (./patina stress)
  private static final int EACH = LincheckRuns.LONG ? 1_000_000 : 20_000;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void boundedLosesAndDuplicatesNothing(long seed) throws Exception {
    SplittableRandom rnd = new SplittableRandom(seed);
    Mpsc.Channel<Long> ch = Mpsc.bounded(1 + rnd.nextInt(8));
    run(
        seed,
        ch.rx(),
        p -> {
          Mpsc.Sender<Long> tx = ch.tx().clone();
          SplittableRandom r = new SplittableRandom(seed * 7 + p);
          return new Producer(m -> {
            switch (r.nextInt(4)) {
              case 0 -> {
                // trySend until it fits
                while (!tx.trySend(m)) {
                  Thread.onSpinWait();
                }
              }
              case 1 -> {
                // poll once, cancel if it must wait, then send for real: cancelled sends
                // must deliver nothing and lose no place
                Mpsc.Send<Long> s = tx.send(m);
                if (!s.poll(new Probe().cx).isDone()) {
                  s.cancel();
                  Futures.blockOn(tx.send(m));
                }
              }
              default -> Futures.blockOn(tx.send(m));
            }
          }, tx::close);
        },
        () -> ch.tx().close());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void unboundedLosesAndDuplicatesNothing(long seed) throws Exception {
    Mpsc.UnboundedChannel<Long> ch = Mpsc.unbounded();
    run(
        seed,
        ch.rx(),
        p -> {
          Mpsc.UnboundedSender<Long> tx = ch.tx().clone();
          return new Producer(tx::send, tx::close);
        },
        () -> ch.tx().close());
  }

  interface Send {
    void send(long message) throws Exception;
  }

  /** One producer's sending and, when it is done, the closing of its sender. */
  record Producer(Send send, Runnable close) {}

  private static void run(
      long seed, Mpsc.Receiver<Long> rx, IntFunction<Producer> senders, Runnable closeFirst)
      throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    for (int p = 0; p < PRODUCERS; p++) {
      int id = p;
      Producer producer = senders.apply(p);
      threads.add(
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < EACH; i++) {
                    producer.send().send(((long) id << 32) | i);
                  }
                  producer.close().run();
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              }));
    }
    closeFirst.run(); // only the clones remain: recv ends when the producers are done
    threads.forEach(Thread::start);
    int[] next = new int[PRODUCERS];
    SplittableRandom rnd = new SplittableRandom(seed);
    long count = 0;
    Long m;
    while (true) {
      // mix tryRecv and awaited recv
      m = rnd.nextInt(3) == 0 ? tryOrWait(rx) : Futures.blockOn(rx.recv());
      if (m == null) {
        break;
      }
      int producer = (int) (m >>> 32);
      int seq = (int) (long) m;
      assertThat(seq).as("producer %d's messages in order, once each", producer)
          .isEqualTo(next[producer]);
      next[producer]++;
      count++;
    }
    for (Thread t : threads) {
      t.join(30_000);
    }
    assertThat(failure.get()).isNull();
    assertThat(count).isEqualTo((long) PRODUCERS * EACH);
    assertThat(rx.isTerminated()).isTrue();
  }

  private static Long tryOrWait(Mpsc.Receiver<Long> rx) {
    try {
      Long m = rx.tryRecv();
      return m != null ? m : Futures.blockOn(rx.recv());
    } catch (ClosedException e) {
      return null;
    }
  }
}
