package dev.patina.runtime.future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FuturesTest {

  /** Pending twice, each time waking from another thread, then ready. */
  private static final class WokenFromElsewhere implements Future<String> {
    final AtomicInteger polls = new AtomicInteger();

    @Override
    public Poll<String> poll(Context cx) {
      if (polls.incrementAndGet() < 3) {
        Waker waker = cx.waker();
        Thread.ofPlatform().start(() -> {
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          waker.wake();
        });
        return Poll.pending();
      }
      return Poll.ready("done after " + polls.get() + " polls");
    }
  }

  @Test
  void blockOnParksUntilWokenAndReturnsTheValue() {
    WokenFromElsewhere future = new WokenFromElsewhere();
    assertThat(Futures.blockOn(future)).isEqualTo("done after 3 polls");
  }

  @Test
  void aWakeDuringThePollIsNotLost() {
    AtomicInteger polls = new AtomicInteger();
    Future<Integer> wakesItself = cx -> {
      if (polls.incrementAndGet() == 1) {
        cx.waker().wake(); // before returning pending: blockOn must still poll again
        return Poll.pending();
      }
      return Poll.ready(polls.get());
    };
    assertThat(Futures.blockOn(wakesItself)).isEqualTo(2);
  }

  @Test
  void failuresAreRethrownUncheckedAsTheyAreAndCheckedWrapped() {
    assertThatThrownBy(() -> Futures.blockOn(Future.failed(new IllegalArgumentException("bad"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bad");
    assertThatThrownBy(() -> Futures.blockOn(Future.failed(new IOException("disk"))))
        .isInstanceOf(FutureFailedException.class).hasCauseInstanceOf(IOException.class);
  }

  @Test
  void pendingIsOneSharedInstanceAndNotDone() {
    assertThat(Poll.<String>pending()).isSameAs(Poll.<Integer>pending());
    assertThat(Poll.pending().isDone()).isFalse();
    assertThat(Poll.ready(null).isDone()).isTrue();
    assertThatThrownBy(() -> Poll.pending().valueOrThrow()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void readyWithoutAValueIsOneSharedInstanceHoldingNull() {
    assertThat(Poll.<Void>ready()).isSameAs(Poll.<String>ready());
    assertThat(Poll.ready()).isEqualTo(Poll.ready(null));
    assertThat(Poll.<String>ready().valueOrThrow()).isNull();
    assertThat(Poll.ready()).isInstanceOf(Poll.Ready.class);
  }

  @Test
  void anInterruptStopsBlockOnWithCancellation() {
    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> Futures.blockOn(cx -> Poll.pending()))
        .isInstanceOf(CancelledException.class);
    assertThat(Thread.interrupted()).isTrue();
  }
}
