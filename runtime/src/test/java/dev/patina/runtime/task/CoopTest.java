package dev.patina.runtime.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.runtime.future.Context;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoopTest {

  @Test
  void outsideAnExecutorTheBudgetIsUnconstrained() {
    AtomicInteger wakes = new AtomicInteger();
    Context cx = new Context(wakes::incrementAndGet);
    for (int i = 0; i < 10_000; i++) {
      assertThat(Coop.proceed(cx)).isTrue();
    }
    assertThat(wakes).hasValue(0);
  }

  @Test
  void aPollMayProceedBudgetTimesThenWakesTheTaskAndRefuses() {
    AtomicInteger wakes = new AtomicInteger();
    Context cx = new Context(wakes::incrementAndGet);
    int previous = Coop.beginPoll(3);
    try {
      assertThat(Coop.proceed(cx)).isTrue();
      assertThat(Coop.proceed(cx)).isTrue();
      assertThat(Coop.proceed(cx)).isTrue();
      assertThat(Coop.hasBudget()).isFalse();
      assertThat(Coop.proceed(cx)).isFalse();
      assertThat(wakes).hasValue(1);
    } finally {
      Coop.endPoll(previous);
    }
    assertThat(Coop.hasBudget()).isTrue();
    assertThat(Coop.proceed(cx)).isTrue();
  }

  @Test
  void nestedPollsRestoreTheOuterBudget() {
    Context cx = new Context(() -> { });
    int outer = Coop.beginPoll(Coop.DEFAULT_BUDGET);
    Coop.proceed(cx);
    int inner = Coop.beginPoll(0);
    assertThat(Coop.hasBudget()).isFalse();
    Coop.endPoll(inner);
    assertThat(Coop.hasBudget()).isTrue();
    Coop.endPoll(outer);
    assertThatThrownBy(() -> Coop.beginPoll(-5)).isInstanceOf(IllegalArgumentException.class);
  }
}
