package dev.patina.runtime.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.runtime.future.Context;
import java.io.IOException;
import java.nio.channels.Pipe;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Readiness bookkeeping, driven by hand on the caller's thread (the reactor never fires here). */
class RegistrationTest {

  private Reactor reactor;
  private Pipe pipe;
  private Registration reg;
  private final AtomicInteger wakes = new AtomicInteger();
  private final Context cx = new Context(wakes::incrementAndGet);

  @BeforeEach
  void setUp() throws IOException {
    reactor = Reactor.open("registration-test");
    pipe = Pipe.open();
    reg = reactor.register(pipe.source());
  }

  @AfterEach
  void tearDown() throws IOException {
    pipe.source().close();
    pipe.sink().close();
    reactor.close();
  }

  @Test
  void aNewRegistrationIsOptimisticallyReadySoTheFirstCallIsTriedAtOnce() {
    assertThat(reg.pollReady(Interest.READABLE, cx)).isNotEqualTo(Registration.NOT_READY);
    assertThat(reg.pollReady(Interest.WRITABLE, cx)).isNotEqualTo(Registration.NOT_READY);
    assertThat(wakes).hasValue(0);
  }

  @Test
  void clearingMakesTheDirectionPendingAndAnEventWakesTheStoredWaker() {
    long event = reg.pollReady(Interest.READABLE, cx);
    assertThat(reg.clearReadiness(Interest.READABLE, event)).isTrue();
    assertThat(reg.pollReady(Interest.READABLE, cx)).isEqualTo(Registration.NOT_READY);
    // the other direction is independent
    assertThat(reg.pollReady(Interest.WRITABLE, cx)).isNotEqualTo(Registration.NOT_READY);

    reg.dispatch(Interest.READABLE.bit, 0);
    assertThat(wakes).hasValue(1);
    assertThat(reg.pollReady(Interest.READABLE, cx)).isNotEqualTo(Registration.NOT_READY);
  }

  @Test
  void aStaleEventDoesNotClearReadinessReportedAfterIt() {
    long stale = reg.pollReady(Interest.READABLE, cx);
    // the reactor reports new readiness between the task's read and its "would block"
    reg.dispatch(Interest.READABLE.bit, 0);
    assertThat(reg.clearReadiness(Interest.READABLE, stale)).isTrue();
    assertThat(reg.pollReady(Interest.READABLE, cx))
        .as("readiness with a newer tick survives a clear for the old one")
        .isNotEqualTo(Registration.NOT_READY);

    long fresh = reg.pollReady(Interest.READABLE, cx);
    assertThat(reg.clearReadiness(Interest.READABLE, fresh)).isTrue();
    assertThat(reg.pollReady(Interest.READABLE, cx)).isEqualTo(Registration.NOT_READY);
  }

  @Test
  void theWakerIsTakenWhenWokenSoASecondEventDoesNotWakeAgain() {
    long event = reg.pollReady(Interest.WRITABLE, cx);
    reg.clearReadiness(Interest.WRITABLE, event);
    assertThat(reg.pollReady(Interest.WRITABLE, cx)).isEqualTo(Registration.NOT_READY);
    reg.dispatch(Interest.WRITABLE.bit, 0);
    reg.dispatch(Interest.WRITABLE.bit, 0);
    assertThat(wakes).hasValue(1);
  }

  @Test
  void aClosedRegistrationIsReadyInBothDirectionsAndRefusesToClear() {
    long event = reg.pollReady(Interest.READABLE, cx);
    reg.clearReadiness(Interest.READABLE, event);
    assertThat(reg.pollReady(Interest.READABLE, cx)).isEqualTo(Registration.NOT_READY);

    reg.markClosed("closed by the test");
    assertThat(wakes).hasValue(1);
    long closed = reg.pollReady(Interest.READABLE, cx);
    assertThat(closed).isNotEqualTo(Registration.NOT_READY);
    assertThat(reg.clearReadiness(Interest.READABLE, closed)).isFalse();
    assertThat(reg.closedException()).hasMessage("closed by the test");
  }

  @Test
  void aReportOfReadinessTheTaskHasNotConsumedTellsTheReactorToStopWatching() {
    long event = reg.pollReady(Interest.READABLE, cx);
    reg.clearReadiness(Interest.READABLE, event);
    assertThat(reg.dispatch(Interest.READABLE.bit, 0))
        .as("first report: keep watching (level-triggered, nothing to stop)").isZero();
    assertThat(reg.dispatch(Interest.READABLE.bit, 0))
        .as("reported again before the task would block: stop watching").isEqualTo(Interest.READABLE.bit);
    assertThat(reg.dispatch(Interest.WRITABLE.bit, Interest.WRITABLE.bit))
        .as("a finished connect is one-shot").isEqualTo(Interest.WRITABLE.bit);
  }
}
