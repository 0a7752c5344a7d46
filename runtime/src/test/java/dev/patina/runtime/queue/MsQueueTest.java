package dev.patina.runtime.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MsQueueTest extends QueueSanityTest {

  @Override
  <E> ConcurrentQueue<E> newQueue(int minCapacity) {
    return new MsQueue<>();
  }

  @Test
  void isUnbounded() {
    MsQueue<Integer> q = new MsQueue<>();
    for (int i = 0; i < 100_000; i++) {
      assertThat(q.offer(i)).isTrue();
    }
    assertThat(q.size()).isEqualTo(100_000);
    for (int i = 0; i < 100_000; i++) {
      assertThat(q.poll()).isEqualTo(i);
    }
    assertThat(q.size()).isZero();
  }
}
