package dev.patina.runtime.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class MpmcArrayQueueTest extends QueueSanityTest {

  @Override
  <E> ConcurrentQueue<E> newQueue(int minCapacity) {
    return new MpmcArrayQueue<>(minCapacity);
  }

  @Test
  void capacityIsRoundedUpToAPowerOfTwoAndChecked() {
    assertThat(new MpmcArrayQueue<String>(2).capacity()).isEqualTo(2);
    assertThat(new MpmcArrayQueue<String>(3).capacity()).isEqualTo(4);
    assertThat(new MpmcArrayQueue<String>(1000).capacity()).isEqualTo(1024);
    assertThatThrownBy(() -> new MpmcArrayQueue<String>(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 1");
    assertThatThrownBy(() -> new MpmcArrayQueue<String>((1 << 30) + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void offerOnAFullQueueReturnsFalseAndChangesNothing() {
    MpmcArrayQueue<Integer> q = new MpmcArrayQueue<>(4);
    for (int i = 0; i < 4; i++) {
      assertThat(q.offer(i)).isTrue();
    }
    assertThat(q.offer(99)).isFalse();
    assertThat(q.size()).isEqualTo(4);
    assertThat(q.poll()).isZero();
    assertThat(q.offer(4)).isTrue();
    assertThat(q.offer(99)).isFalse();
    for (int i = 1; i <= 4; i++) {
      assertThat(q.poll()).isEqualTo(i);
    }
    assertThat(q.poll()).isNull();
  }

  /** "No allocation per offer/poll": measured with the JVM's per-thread allocation counter. */
  @Test
  void offerAndPollAllocateNothing() {
    MpmcArrayQueue<Object> q = new MpmcArrayQueue<>(1024);
    Object element = new Object();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().threadId();
    for (int round = 0; round < 20; round++) {
      long before = threads.getThreadAllocatedBytes(tid);
      for (int i = 0; i < 100_000; i++) {
        q.offer(element);
        q.poll();
      }
      long allocated = threads.getThreadAllocatedBytes(tid) - before;
      if (allocated < 1024) {
        return; // once compiled: 200,000 operations, (almost) no bytes
      }
    }
    throw new AssertionError("offer/poll kept allocating after 20 rounds of 100,000");
  }
}
