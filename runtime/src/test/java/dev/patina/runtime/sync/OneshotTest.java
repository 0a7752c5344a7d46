package dev.patina.runtime.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.runtime.future.Futures;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.task.Coop;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OneshotTest {

  @Test
  void aValueSentBeforeThePollIsReadyAtOnce() {
    Oneshot.Channel<String> ch = Oneshot.channel();
    assertThat(ch.tx().send("hello")).isTrue();
    assertThat(new Probe().ready(ch.rx())).isEqualTo("hello");
    assertThatThrownBy(() -> new Probe().poll(ch.rx())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aWaitingReceiverIsWokenBySend() {
    Oneshot.Channel<Integer> ch = Oneshot.channel();
    Probe p = new Probe();
    assertThat(p.pending(ch.rx())).isTrue();
    assertThat(p.pending(ch.rx())).isTrue();
    ch.tx().send(42);
    assertThat(p.wakes()).isEqualTo(1);
    assertThat(p.ready(ch.rx())).isEqualTo(42);
  }

  @Test
  void aSecondSendIsAClearError() {
    Oneshot.Channel<Integer> ch = Oneshot.channel();
    ch.tx().send(1);
    assertThatThrownBy(() -> ch.tx().send(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already sent a value");
    ch.tx().close(); // a no-op after the send
    assertThat(ch.rx().tryRecv()).isEqualTo(1);
    assertThatThrownBy(() -> ch.rx().tryRecv()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void closingTheSenderWithoutAValueFailsTheReceiver() {
    Oneshot.Channel<Integer> ch = Oneshot.channel();
    Probe p = new Probe();
    assertThat(p.pending(ch.rx())).isTrue();
    try (Oneshot.Sender<Integer> tx = ch.tx()) {
      assertThat(tx.isClosed()).isFalse();
    }
    assertThat(p.wakes()).isEqualTo(1);
    Poll<Integer> r = p.poll(ch.rx());
    assertThat(r).isInstanceOfSatisfying(
        Poll.Failed.class,
        f ->
            assertThat(f.cause())
                .isInstanceOf(ClosedException.class)
                .hasMessage("the oneshot sender was dropped without sending a value"));
    assertThatThrownBy(() -> ch.tx().send(3)).hasMessageContaining("was closed");
  }

  @Test
  void tryRecvSaysNotYetThenGivesTheValue() {
    Oneshot.Channel<Integer> ch = Oneshot.channel();
    assertThat(ch.rx().tryRecv()).isNull();
    ch.tx().send(5);
    assertThat(ch.rx().tryRecv()).isEqualTo(5);
    Oneshot.Channel<Integer> dropped = Oneshot.channel();
    dropped.tx().close();
    assertThatThrownBy(() -> dropped.rx().tryRecv()).isInstanceOf(ClosedException.class);
  }

  @Test
  void closingTheReceiverTellsTheSender() {
    Oneshot.Channel<Integer> ch = Oneshot.channel();
    Probe p = new Probe();
    assertThat(p.pending(ch.tx().closed())).isTrue();
    ch.rx().close();
    assertThat(p.wakes()).isEqualTo(1);
    assertThat(ch.tx().isClosed()).isTrue();
    p.ready(ch.tx().closed());
    assertThat(ch.tx().send(9)).isFalse();
    assertThat(new Probe().poll(ch.rx())).isInstanceOfSatisfying(
        Poll.Failed.class,
        f ->
            assertThat(f.cause())
                .hasMessage("the oneshot receiver was closed before a value came"));
  }

  @Test
  void aValueSentBeforeTheReceiverClosedIsStillReceived() {
    Oneshot.Channel<Integer> ch = Oneshot.channel();
    ch.tx().send(7);
    ch.rx().close();
    assertThat(new Probe().ready(ch.rx())).isEqualTo(7);
  }

  @Test
  void nullIsRefused() {
    Oneshot.Channel<Integer> ch = Oneshot.channel();
    assertThatThrownBy(() -> ch.tx().send(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aReadyValueRespectsTheBudget() {
    Oneshot.Channel<Integer> ch = Oneshot.channel();
    ch.tx().send(1);
    Probe p = new Probe();
    int previous = Coop.beginPoll(0);
    try {
      assertThat(p.pending(ch.rx())).isTrue();
      assertThat(p.wakes()).isEqualTo(1);
    } finally {
      Coop.endPoll(previous);
    }
    assertThat(p.ready(ch.rx())).isEqualTo(1);
  }

  /** Ping-pong across two threads: each round trip is a fresh pair of oneshots. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void roundTripsAcrossThreadsLoseNothing(int round) throws Exception {
    int n = 5_000;
    Mpsc.UnboundedChannel<Oneshot.Sender<Integer>> requests = Mpsc.unbounded();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread server =
        new Thread(
            () -> {
              try {
                Oneshot.Sender<Integer> reply;
                int i = 0;
                while ((reply = Futures.blockOn(requests.rx().recv())) != null) {
                  // odd requests are refused: the client must see the drop
                  if ((i++ & 1) == 0) {
                    reply.send(i * round);
                  } else {
                    reply.close();
                  }
                }
              } catch (Throwable e) {
                failure.set(e);
              }
            });
    server.start();
    int ok = 0;
    int refused = 0;
    for (int i = 1; i <= n; i++) {
      Oneshot.Channel<Integer> ch = Oneshot.channel();
      requests.tx().send(ch.tx());
      try {
        assertThat(Futures.blockOn(ch.rx())).isEqualTo(i * round);
        ok++;
      } catch (ClosedException e) {
        refused++;
      }
    }
    requests.tx().close();
    server.join(30_000);
    assertThat(server.isAlive()).isFalse();
    assertThat(failure.get()).isNull();
    assertThat(ok).isEqualTo(n / 2);
    assertThat(refused).isEqualTo(n / 2);
  }
}
