package dev.patina.runtime.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.task.Coop;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TimeoutTest {

  private final ManualClock clock = new ManualClock();
  private final Timer timer = Timer.manual(clock);
  private final CountingWaker w = new CountingWaker();

  @Test
  void aFutureThatFinishesInTimeGivesItsValueAndCancelsTheDeadline() {
    Timeout<String> t = timer.timeout(Duration.ofMillis(10), Future.ready("done"));
    assertThat(t.poll(w.cx)).isEqualTo(Poll.ready("done"));
    assertThat(timer.pending()).isZero();
    assertThatThrownBy(() -> t.poll(w.cx)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be polled again");
  }

  @Test
  void aFutureThatFinishesLaterButInTimeGivesItsValue() {
    AtomicInteger polls = new AtomicInteger();
    Future<Integer> third = cx -> polls.incrementAndGet() == 3 ? Poll.ready(42) : Poll.pending();
    Timeout<Integer> t = timer.timeout(Duration.ofMillis(10), third);
    assertThat(t.poll(w.cx).isDone()).isFalse();
    assertThat(timer.pending()).isEqualTo(1);
    clock.advanceMillis(9);
    timer.fireExpired();
    assertThat(t.poll(w.cx).isDone()).isFalse();
    assertThat(t.poll(w.cx)).isEqualTo(Poll.ready(42));
    assertThat(timer.pending()).isZero();
  }

  @Test
  void aFailureOfTheFutureIsPassedOn() {
    IllegalArgumentException boom = new IllegalArgumentException("boom");
    Timeout<String> t = timer.timeout(Duration.ofMillis(10), Future.failed(boom));
    assertThat(t.poll(w.cx)).isEqualTo(Poll.failed(boom));
    assertThat(timer.pending()).isZero();
  }

  @Test
  void whenTheDeadlinePassesItFailsWithElapsedAndClosesTheFuture() {
    Sleep inner = timer.sleep(Duration.ofSeconds(60));
    Timeout<Void> t = timer.timeout(Duration.ofMillis(10), inner);
    assertThat(t.poll(w.cx).isDone()).isFalse();
    assertThat(timer.pending()).as("the inner sleep and the deadline").isEqualTo(2);
    clock.advanceMillis(10);
    timer.fireExpired();
    assertThat(w.wakes()).isEqualTo(1);
    Poll<Void> poll = t.poll(w.cx);
    assertThat(poll).isInstanceOfSatisfying(Poll.Failed.class, f -> assertThat(f.cause())
        .isInstanceOfSatisfying(ElapsedException.class,
            e -> assertThat(e.deadline()).isEqualTo(10_000_000L)));
    assertThat(timer.pending()).as("the inner sleep withdrew its registration").isZero();
    assertThat(inner.poll(w.cx)).isInstanceOfSatisfying(Poll.Failed.class,
        f -> assertThat(f.cause()).isInstanceOf(CancelledException.class));
  }

  @Test
  void aFutureReadyInThePollTheDeadlinePassesWins() {
    AtomicBoolean ready = new AtomicBoolean();
    Timeout<String> t = timer.timeout(Duration.ofMillis(5),
        cx -> ready.get() ? Poll.ready("just in time") : Poll.pending());
    t.poll(w.cx);
    clock.advanceMillis(6);
    timer.fireExpired();
    ready.set(true);
    assertThat(t.poll(w.cx)).isEqualTo(Poll.ready("just in time"));
  }

  @Test
  void aFutureThatSpendsTheWholeBudgetCannotHideTheTimeout() {
    // always pending after using up the budget, like a stream that is always ready
    Future<Void> greedy = cx -> {
      while (Coop.proceed(cx)) {
        // keeps consuming
      }
      return Poll.pending();
    };
    Timeout<Void> t = timer.timeout(Duration.ofMillis(1), greedy);
    int previous = Coop.beginPoll(Coop.DEFAULT_BUDGET);
    try {
      assertThat(t.poll(w.cx).isDone()).isFalse();
    } finally {
      Coop.endPoll(previous);
    }
    clock.advanceMillis(1);
    timer.fireExpired();
    previous = Coop.beginPoll(Coop.DEFAULT_BUDGET);
    try {
      assertThat(t.poll(w.cx)).isInstanceOfSatisfying(Poll.Failed.class,
          f -> assertThat(f.cause()).isInstanceOf(ElapsedException.class));
    } finally {
      Coop.endPoll(previous);
    }
  }

  @Test
  void closingGivesUpTheFutureAndTheDeadline() {
    Sleep inner = timer.sleep(Duration.ofSeconds(60));
    Timeout<Void> t = timer.timeout(Duration.ofMillis(10), inner);
    t.poll(w.cx);
    t.close();
    assertThat(timer.pending()).isZero();
    assertThatThrownBy(() -> t.poll(w.cx)).isInstanceOf(IllegalStateException.class);
    t.close(); // harmless
  }

  @Test
  void aFailureWhileClosingTheFutureIsKeptWithTheElapsedError() {
    class Stubborn implements Future<Void>, AutoCloseable {
      @Override
      public Poll<Void> poll(dev.patina.runtime.future.Context cx) {
        return Poll.pending();
      }

      @Override
      public void close() throws Exception {
        throw new java.io.IOException("cannot withdraw");
      }
    }
    Timeout<Void> t = timer.timeout(Duration.ZERO, new Stubborn());
    assertThat(t.poll(w.cx)).isInstanceOfSatisfying(Poll.Failed.class, f -> assertThat(f.cause())
        .isInstanceOf(ElapsedException.class)
        .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
            .satisfies(s -> assertThat(s).hasMessage("cannot withdraw"))));
  }

  @Test
  void timeoutsNest() {
    Timeout<Void> outer = timer.timeout(Duration.ofMillis(20),
        timer.timeout(Duration.ofMillis(50), timer.sleep(Duration.ofMillis(100))));
    outer.poll(w.cx);
    assertThat(timer.pending()).isEqualTo(3);
    clock.advanceMillis(20);
    timer.fireExpired();
    assertThat(outer.poll(w.cx)).isInstanceOf(Poll.Failed.class);
    assertThat(timer.pending()).as("closing the outer closed the inner timeout and its sleep").isZero();
  }
}
