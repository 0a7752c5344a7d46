package dev.patina.runtime.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.runtime.future.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The reactor thread: readiness from the selector, interest changes, deregistration, shutdown. */
class ReactorTest {

  @Test
  void dataArrivingOnAWatchedChannelWakesTheWaitingTask() throws Exception {
    try (Reactor reactor = Reactor.open("reactor-test")) {
      // a pipe's two ends: write to the sink, watch the source
      Pipe pipe = Pipe.open();
      Registration reg = reactor.register(pipe.source());
      CountDownLatch woken = new CountDownLatch(1);
      Context cx = new Context(woken::countDown);

      long event = reg.pollReady(Interest.READABLE, cx);
      assertThat(pipe.source().read(ByteBuffer.allocate(8))).isZero(); // would block
      reg.clearReadiness(Interest.READABLE, event);
      assertThat(reg.pollReady(Interest.READABLE, cx)).isEqualTo(Registration.NOT_READY);

      pipe.sink().write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
      assertThat(woken.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(reg.pollReady(Interest.READABLE, cx)).isNotEqualTo(Registration.NOT_READY);
      assertThat(pipe.source().read(ByteBuffer.allocate(8))).isEqualTo(3);
      pipe.source().close();
      pipe.sink().close();
    }
  }

  @Test
  void unconsumedReadinessIsNotReportedOverAndOver() throws Exception {
    try (Reactor reactor = Reactor.open("reactor-test")) {
      Pipe pipe = Pipe.open();
      Registration reg = reactor.register(pipe.source());
      CountDownLatch woken = new CountDownLatch(1);
      Context cx = new Context(woken::countDown);
      long event = reg.pollReady(Interest.READABLE, cx);
      reg.clearReadiness(Interest.READABLE, event);
      reg.pollReady(Interest.READABLE, cx);
      pipe.sink().write(ByteBuffer.wrap(new byte[] {1}));
      assertThat(woken.await(5, TimeUnit.SECONDS)).isTrue();
      // the byte stays unread: the selector reports it once more at most, then stops watching
      Thread.sleep(50);
      long settled = reg.pollReady(Interest.READABLE, cx);
      Thread.sleep(50);
      assertThat(reg.pollReady(Interest.READABLE, cx)).as("no new tick: not spinning").isEqualTo(settled);
      pipe.source().close();
      pipe.sink().close();
    }
  }

  @Test
  void anInterruptOfTheReactorThreadNeitherStopsNorSpinsIt() throws Exception {
    try (Reactor reactor = Reactor.open("reactor-interrupt-test")) {
      Thread thread = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().equals("reactor-interrupt-test")).findFirst().orElseThrow();
      thread.interrupt();
      Thread.sleep(50);
      Pipe pipe = Pipe.open();
      Registration reg = reactor.register(pipe.source());
      CountDownLatch woken = new CountDownLatch(1);
      Context cx = new Context(woken::countDown);
      long event = reg.pollReady(Interest.READABLE, cx);
      reg.clearReadiness(Interest.READABLE, event);
      assertThat(reg.pollReady(Interest.READABLE, cx)).isEqualTo(Registration.NOT_READY);
      pipe.sink().write(ByteBuffer.wrap(new byte[] {1}));
      assertThat(woken.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(thread.isAlive()).isTrue();
      assertThat(thread.isInterrupted()).isFalse();
      pipe.source().close();
      pipe.sink().close();
    }
  }

  @Test
  void deregisteringWakesTheWaitersAndClosesTheRegistration() throws Exception {
    try (Reactor reactor = Reactor.open("reactor-test")) {
      Pipe pipe = Pipe.open();
      Registration reg = reactor.register(pipe.source());
      CountDownLatch woken = new CountDownLatch(1);
      Context cx = new Context(woken::countDown);
      long event = reg.pollReady(Interest.READABLE, cx);
      reg.clearReadiness(Interest.READABLE, event);
      assertThat(reg.pollReady(Interest.READABLE, cx)).isEqualTo(Registration.NOT_READY);

      pipe.source().close();
      reg.deregister();
      assertThat(woken.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(reg.isClosed()).isTrue();
      pipe.sink().close();
    }
  }

  @Test
  void closingTheReactorClosesEveryRegistrationAndStopsItsThread() throws Exception {
    Reactor reactor = Reactor.open("reactor-close-test");
    Pipe pipe = Pipe.open();
    Registration watched = reactor.register(pipe.source());
    CountDownLatch woken = new CountDownLatch(1);
    Context cx = new Context(woken::countDown);
    long event = watched.pollReady(Interest.READABLE, cx);
    watched.clearReadiness(Interest.READABLE, event);
    watched.pollReady(Interest.READABLE, cx);
    Thread.sleep(20); // let the reactor register the channel with its selector

    reactor.close();
    assertThat(woken.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(watched.isClosed()).isTrue();
    assertThat(watched.closedException()).hasMessageContaining("reactor-close-test is closed");
    assertThat(reactor.isClosed()).isTrue();
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().equals("reactor-close-test"));
    assertThatThrownBy(() -> reactor.register(pipe.sink()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is closed");
    pipe.source().close();
    pipe.sink().close();
  }

  @Test
  void theSharedReactorCannotBeClosed() {
    assertThatThrownBy(() -> Reactor.shared().close())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRequestAfterCloseClosesTheRegistrationInsteadOfWaitingForever() throws IOException {
    Reactor reactor = Reactor.open("reactor-late-test");
    Pipe pipe = Pipe.open();
    Registration reg = reactor.register(pipe.source());
    reactor.close();
    Context cx = new Context(() -> {});
    long event = reg.pollReady(Interest.READABLE, cx);
    reg.clearReadiness(Interest.READABLE, event);
    assertThat(reg.isClosed()).isTrue();
    pipe.source().close();
    pipe.sink().close();
  }
}
