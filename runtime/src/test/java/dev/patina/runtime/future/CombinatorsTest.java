package dev.patina.runtime.future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CombinatorsTest {

  /** A hand-driven child: pending until {@link #finish}, counting its polls and keeping its waker. */
  static final class Manual<T> implements Future<T>, Cancellable {
    int polls;
    Waker waker;
    Poll<T> outcome;
    CancelledException cancelled;

    @Override
    public Poll<T> poll(Context cx) {
      polls++;
      waker = cx.waker();
      return outcome != null ? outcome : Poll.pending();
    }

    void finish(T value) {
      outcome = Poll.ready(value);
      waker.wake();
    }

    void fail(Throwable cause) {
      outcome = Poll.failed(cause);
      waker.wake();
    }

    @Override
    public void cancel(CancelledException cause) {
      cancelled = cause;
    }
  }

  private static final class CountingWaker implements Waker {
    final AtomicInteger wakes = new AtomicInteger();

    @Override
    public void wake() {
      wakes.incrementAndGet();
    }
  }

  @Test
  void joinBothWaitsForBothAndKeepsTheirTypes() {
    Manual<String> name = new Manual<>();
    Manual<Integer> age = new Manual<>();
    Future<Join.Both<String, Integer>> both = Join.both(name, age);
    CountingWaker w = new CountingWaker();
    Context cx = new Context(w);
    assertThat(both.poll(cx).isDone()).isFalse();
    name.finish("Ada");
    assertThat(w.wakes).hasValue(1);
    assertThat(both.poll(cx).isDone()).isFalse();
    age.finish(36);
    assertThat(both.poll(cx).valueOrThrow()).isEqualTo(new Join.Both<>("Ada", 36));
  }

  @Test
  void joinAllPollsOnlyTheWokenChildren() {
    List<Manual<Integer>> children = List.of(new Manual<>(), new Manual<>(), new Manual<>(), new Manual<>());
    Future<List<Integer>> all = Join.all(children);
    Context cx = new Context(new CountingWaker());
    all.poll(cx);
    assertThat(children).allMatch(c -> c.polls == 1);
    children.get(2).waker.wake();
    children.get(2).waker.wake(); // twice: queued once
    all.poll(cx);
    assertThat(children.stream().map(c -> c.polls)).containsExactly(1, 1, 2, 1);
    for (int i = 0; i < 4; i++) {
      children.get(i).finish(i * 10);
    }
    assertThat(all.poll(cx).valueOrThrow()).containsExactly(0, 10, 20, 30);
    assertThat(children.stream().map(c -> c.polls)).containsExactly(2, 2, 3, 2);
  }

  @Test
  void joinOfNothingIsReadyAtOnce() {
    assertThat(Join.all(List.<Future<String>>of()).poll(new Context(Waker.noop())).valueOrThrow()).isEmpty();
  }

  @Test
  void theFirstFailureFailsTheJoinAndDropsTheRest() {
    Manual<Integer> a = new Manual<>();
    Manual<Integer> b = new Manual<>();
    Manual<Integer> c = new Manual<>();
    Future<List<Integer>> all = Join.all(List.of(a, b, c));
    Context cx = new Context(Waker.noop());
    all.poll(cx);
    a.finish(1);
    b.fail(new IllegalStateException("disk full"));
    assertThatThrownBy(() -> all.poll(cx).valueOrThrow()).hasMessage("disk full");
    assertThat(c.cancelled).isNotNull();
    assertThat(a.cancelled).isNull();
    assertThatThrownBy(() -> all.poll(cx)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void cancellingAJoinCancelsItsUnfinishedChildren() {
    Manual<Integer> a = new Manual<>();
    Manual<Integer> b = new Manual<>();
    Future<Join.Both<Integer, Integer>> both = Join.both(a, b);
    Context cx = new Context(Waker.noop());
    both.poll(cx);
    a.finish(1);
    both.poll(cx);
    CancelledException cause = new CancelledException("task 1");
    Cancellable.drop(both, cause);
    assertThat(b.cancelled).isSameAs(cause);
    assertThat(a.cancelled).isNull();
  }

  @Test
  void selectEitherTakesTheFirstAndDropsTheLoser() {
    Manual<String> cache = new Manual<>();
    Manual<String> database = new Manual<>();
    Future<Select.Either<String, String>> race = Select.either(cache, database);
    Context cx = new Context(Waker.noop());
    assertThat(race.poll(cx).isDone()).isFalse();
    database.finish("row 7");
    assertThat(race.poll(cx).valueOrThrow()).isEqualTo(new Select.Second<String, String>("row 7"));
    assertThat(cache.cancelled).isNotNull();
    assertThat(database.cancelled).isNull();
  }

  @Test
  void selectAnyReportsTheWinnersIndexAndAFailureCanWin() {
    List<Manual<Integer>> replicas = List.of(new Manual<>(), new Manual<>(), new Manual<>());
    Future<Select.Winner<Integer>> first = Select.any(replicas);
    Context cx = new Context(Waker.noop());
    first.poll(cx);
    replicas.get(1).finish(99);
    assertThat(first.poll(cx).valueOrThrow()).isEqualTo(new Select.Winner<>(1, 99));
    assertThat(replicas.get(0).cancelled).isNotNull();
    assertThat(replicas.get(2).cancelled).isNotNull();

    List<Manual<Integer>> others = List.of(new Manual<>(), new Manual<>());
    Future<Select.Winner<Integer>> failing = Select.any(others);
    failing.poll(cx);
    others.get(0).fail(new ArithmeticException("overflow"));
    assertThatThrownBy(() -> failing.poll(cx).valueOrThrow()).isInstanceOf(ArithmeticException.class);
    assertThat(others.get(1).cancelled).isNotNull();
    assertThatThrownBy(() -> Select.any(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWakeFromTheChildsOwnPollQueuesItAgain() {
    AtomicInteger polls = new AtomicInteger();
    Future<Integer> selfWaking = cx -> {
      if (polls.incrementAndGet() < 3) {
        cx.waker().wake();
        return Poll.pending();
      }
      return Poll.ready(3);
    };
    CountingWaker w = new CountingWaker();
    Future<List<Integer>> all = Join.all(List.of(selfWaking));
    Context cx = new Context(w);
    assertThat(all.poll(cx).isDone()).isFalse();
    assertThat(w.wakes).hasValue(1);
    assertThat(all.poll(cx).isDone()).isFalse();
    assertThat(all.poll(cx).valueOrThrow()).containsExactly(3);
  }

  @Test
  void steadyStatePollsAllocateNothing() {
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    List<Manual<Integer>> children = List.of(new Manual<>(), new Manual<>(), new Manual<>());
    Future<List<Integer>> all = Join.all(children);
    Future<Select.Winner<Integer>> any = Select.any(List.of(new Manual<Integer>(), new Manual<Integer>()));
    Context cx = new Context(Waker.noop());
    all.poll(cx);
    any.poll(cx);
    Manual<Integer> woken = children.get(1);
    for (int i = 0; i < 20_000; i++) { // warm-up, so the measured loop runs compiled code
      woken.waker.wake();
      all.poll(cx);
      any.poll(cx);
    }
    long before = mx.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 100_000; i++) {
      woken.waker.wake();
      all.poll(cx);
      any.poll(cx);
    }
    long allocated = mx.getCurrentThreadAllocatedBytes() - before;
    assertThat(allocated).as("bytes allocated by 100,000 wake+poll cycles").isLessThan(1024);
  }
}
