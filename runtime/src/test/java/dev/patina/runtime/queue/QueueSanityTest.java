package dev.patina.runtime.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The behaviour both {@link ConcurrentQueue}s share, single-threaded and with N producers and M
 * consumers (every element exactly once, each producer's elements in order, element fields
 * visible). The subclasses add what is particular to each queue.
 */
abstract class QueueSanityTest {

  /** A queue with room for at least {@code minCapacity} elements. */
  abstract <E> ConcurrentQueue<E> newQueue(int minCapacity);

  @Test
  void isFifoAndPeekDoesNotRemove() {
    ConcurrentQueue<String> q = newQueue(8);
    assertThat(q.isEmpty()).isTrue();
    assertThat(q.size()).isZero();
    assertThat(q.poll()).isNull();
    assertThat(q.peek()).isNull();
    assertThat(q.offer("a")).isTrue();
    assertThat(q.offer("b")).isTrue();
    assertThat(q.offer("c")).isTrue();
    assertThat(q.isEmpty()).isFalse();
    assertThat(q.size()).isEqualTo(3);
    assertThat(q.peek()).isEqualTo("a");
    assertThat(q.peek()).isEqualTo("a");
    assertThat(q.poll()).isEqualTo("a");
    assertThat(q.poll()).isEqualTo("b");
    assertThat(q.offer("d")).isTrue();
    assertThat(q.poll()).isEqualTo("c");
    assertThat(q.poll()).isEqualTo("d");
    assertThat(q.poll()).isNull();
    assertThat(q.isEmpty()).isTrue();
  }

  @Test
  void rejectsNull() {
    ConcurrentQueue<String> q = newQueue(2);
    assertThatThrownBy(() -> q.offer(null)).isInstanceOf(NullPointerException.class);
    assertThat(q.isEmpty()).isTrue();
  }

  /** Many laps over a small queue, one thread: indices far past the capacity. */
  @Test
  void staysFifoOverManyLaps() {
    ConcurrentQueue<Integer> q = newQueue(4);
    int next = 0;
    int expected = 0;
    for (int lap = 0; lap < 10_000; lap++) {
      for (int i = 0; i < 3; i++) {
        assertThat(q.offer(next++)).isTrue();
      }
      for (int i = 0; i < 3; i++) {
        assertThat(q.poll()).isEqualTo(expected++);
      }
    }
    assertThat(q.isEmpty()).isTrue();
  }

  /** What producers hand over: its fields are plain, so seeing them relies on the queue. */
  static final class Message {
    int producer;
    int seq;
    long check;
  }

  @ParameterizedTest(name = "{0} producers x {1} consumers")
  @CsvSource({"1, 1", "2, 2", "4, 1", "1, 4", "3, 5"})
  void everyElementArrivesOnceAndInProducerOrder(int producers, int consumers) throws Exception {
    int perProducer = 20_000;
    ConcurrentQueue<Message> q = newQueue(64); // small: producers meet a full bounded queue often
    boolean[][] seen = new boolean[producers][perProducer];
    AtomicInteger received = new AtomicInteger();
    AtomicLong offersRejected = new AtomicLong();
    AtomicReference<String> failure = new AtomicReference<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int p = 0; p < producers; p++) {
      int id = p;
      threads.add(new Thread(() -> {
        await(start);
        for (int i = 0; i < perProducer; i++) {
          Message m = new Message();
          m.producer = id;
          m.seq = i;
          m.check = id * 1_000_003L + i;
          while (!q.offer(m)) {
            offersRejected.incrementAndGet();
            Thread.yield(); // the test oversubscribes the CPUs: let the consumers run
          }
        }
      }, "producer-" + p));
    }
    int total = producers * perProducer;
    for (int c = 0; c < consumers; c++) {
      threads.add(new Thread(() -> {
        await(start);
        int[] lastSeq = new int[producers];
        java.util.Arrays.fill(lastSeq, -1);
        while (received.get() < total) {
          Message m = q.poll();
          if (m == null) {
            Thread.yield(); // as above, for the producers
            continue;
          }
          received.incrementAndGet();
          if (m.check != m.producer * 1_000_003L + m.seq) {
            failure.compareAndSet(null, "fields not visible: " + m.producer + "/" + m.seq + "/" + m.check);
          } else if (m.seq <= lastSeq[m.producer]) {
            failure.compareAndSet(null, "producer " + m.producer + ": " + m.seq + " after " + lastSeq[m.producer]);
          } else {
            lastSeq[m.producer] = m.seq;
            synchronized (seen) {
              if (seen[m.producer][m.seq]) {
                failure.compareAndSet(null, "duplicate " + m.producer + "/" + m.seq);
              }
              seen[m.producer][m.seq] = true;
            }
          }
        }
      }, "consumer-" + c));
    }
    threads.forEach(Thread::start);
    start.countDown();
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(60));
      assertThat(t.isAlive()).as(t.getName() + " finished").isFalse();
    }
    assertThat(failure.get()).isNull();
    assertThat(received.get()).isEqualTo(total);
    synchronized (seen) {
      for (int p = 0; p < producers; p++) {
        for (int i = 0; i < perProducer; i++) {
          assertThat(seen[p][i]).as("element " + p + "/" + i).isTrue();
        }
      }
    }
    assertThat(q.isEmpty()).isTrue();
    assertThat(q.poll()).isNull();
  }

  static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
