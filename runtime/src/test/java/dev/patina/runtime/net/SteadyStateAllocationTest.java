package dev.patina.runtime.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.io.Reactor;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A ping-pong over loopback, 64 bytes each way, polled by hand: after warm-up neither the polling
 * thread nor the reactor thread allocates per round trip, although every read waits on the
 * reactor (would block, re-arm, wake). {@code -prof gc} on the echo suite measures the whole
 * process; this pins the two threads the stream futures run on.
 */
@Timeout(60)
class SteadyStateAllocationTest {

  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  @Test
  void aReadWriteLoopAllocatesNothingPerOperation() throws Exception {
    try (Reactor reactor = Reactor.open("alloc-test-reactor");
        TcpListener listener = TcpListener.bind(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4, reactor)) {
      AtomicInteger wakes = new AtomicInteger();
      Context cx = new Context(wakes::incrementAndGet);
      TcpStream a = spin(TcpStream.connect(listener.localAddress(), reactor), cx);
      TcpStream b = spin(listener.accept(), cx);
      long reactorThread = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().equals("alloc-test-reactor")).findFirst().orElseThrow().threadId();
      ByteBuffer out = ByteBuffer.allocateDirect(64);
      ByteBuffer in = ByteBuffer.allocateDirect(64);
      ByteBuffer echo = ByteBuffer.allocateDirect(64);

      pingPong(a, b, out, in, echo, cx, 20_000); // warm-up: JIT, the JDK's buffer caches
      int rounds = 20_000;
      int wakesBefore = wakes.get();
      long mine = THREADS.getCurrentThreadAllocatedBytes();
      long its = THREADS.getThreadAllocatedBytes(reactorThread);
      pingPong(a, b, out, in, echo, cx, rounds);
      double minePerRound = (THREADS.getCurrentThreadAllocatedBytes() - mine) / (double) rounds;
      double itsPerRound = (THREADS.getThreadAllocatedBytes(reactorThread) - its) / (double) rounds;
      int reactorWakes = wakes.get() - wakesBefore;

      System.out.printf("[alloc] %d round trips, %d reactor wakes: polling thread %.3f B/round,"
          + " reactor thread %.3f B/round%n", rounds, reactorWakes, minePerRound, itsPerRound);
      assertThat(reactorWakes).as("the reads really waited on the reactor").isPositive();
      assertThat(minePerRound).isLessThan(1.0);
      assertThat(itsPerRound).isLessThan(1.0);
      a.close();
      b.close();
    }
  }

  /** a writes 64 B to b, b echoes them, a reads them back; {@code rounds} times. */
  private static void pingPong(TcpStream a, TcpStream b, ByteBuffer out, ByteBuffer in,
      ByteBuffer echo, Context cx, int rounds) {
    for (int i = 0; i < rounds; i++) {
      out.clear().putLong(0, i);
      // each read is polled before its bytes are sent, so it would block and must be woken
      Future<Void> serverRead = pending(b.readExact(echo.clear()), cx);
      spin(a.writeAll(out), cx);
      spin(serverRead, cx);
      Future<Void> clientRead = pending(a.readExact(in.clear()), cx);
      spin(b.writeAll(echo.flip()), cx);
      spin(clientRead, cx);
      if (in.getLong(0) != i) {
        throw new AssertionError("round " + i + " echoed " + in.getLong(0));
      }
    }
  }

  private static <T> Future<T> pending(Future<T> future, Context cx) {
    if (future.poll(cx).isDone()) {
      throw new AssertionError("a read finished before anything was sent");
    }
    return future;
  }

  /** Polls until done, without parking: the test measures the futures, not a thread's park. */
  private static <T> T spin(Future<T> future, Context cx) {
    while (true) {
      Poll<T> poll = future.poll(cx);
      if (poll.isDone()) {
        return poll.valueOrThrow();
      }
      Thread.onSpinWait();
    }
  }
}
