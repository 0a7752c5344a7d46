package dev.patina.runtime.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.FutureFailedException;
import dev.patina.runtime.future.Futures;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.io.Interest;
import dev.patina.runtime.io.Reactor;
import dev.patina.runtime.io.Registration;
import dev.patina.runtime.task.Coop;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** TCP futures driven by {@code Futures.blockOn} and by hand, on a private reactor. */
@Timeout(30)
class TcpStreamTest {

  private Reactor reactor;
  private TcpListener listener;

  @BeforeEach
  void setUp() throws IOException {
    reactor = Reactor.open("tcp-test");
    listener = TcpListener.bind(loopback(0), 16, reactor);
  }

  @AfterEach
  void tearDown() {
    listener.close();
    reactor.close();
  }

  private static InetSocketAddress loopback(int port) {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
  }

  private TcpStream connect() throws IOException {
    return Futures.blockOn(TcpStream.connect(listener.localAddress(), reactor));
  }

  /** Accepts one connection on another thread and echoes it until end of stream. */
  private CompletableFuture<Long> echoOnce() {
    return CompletableFuture.supplyAsync(
        () -> {
          try (TcpStream conn = Futures.blockOn(listener.accept())) {
            ByteBuffer buf = ByteBuffer.allocate(4096);
            long echoed = 0;
            while (Futures.blockOn(conn.read(buf.clear())) >= 0) {
              Futures.blockOn(conn.writeAll(buf.flip()));
              echoed += buf.limit();
            }
            return echoed;
          }
        },
        THREAD);
  }

  // a thread per async step: the common pool has one thread on a 2-core machine, and these steps
  // block on each other
  private static final Executor THREAD =
      r -> Thread.ofPlatform().daemon().start(r);

  @Test
  void bytesWrittenComeBackFromAnEchoAndEndOfStreamIsMinusOne() throws Exception {
    CompletableFuture<Long> server = echoOnce();
    byte[] message = new byte[100_000];
    new Random(42).nextBytes(message);
    try (TcpStream client = connect()) {
      ByteBuffer received = ByteBuffer.allocate(message.length);
      // write and read on two threads: 100 kB may not fit in the socket buffers both ways
      CompletableFuture<Void> writer =
          CompletableFuture.runAsync(
              () -> Futures.blockOn(client.writeAll(ByteBuffer.wrap(message))), THREAD);
      Futures.blockOn(client.readExact(received));
      writer.get(10, TimeUnit.SECONDS);
      assertThat(received.array()).isEqualTo(message);

      client.shutdownOutput();
      assertThat(server.get(10, TimeUnit.SECONDS)).isEqualTo(message.length);
      assertThat(Futures.blockOn(client.read(ByteBuffer.allocate(8)))).isEqualTo(-1);
    }
  }

  @Test
  void aWriteToAPeerThatDoesNotReadStaysPendingWithoutBufferingThenResumes() throws Exception {
    try (TcpStream client = connect();
        TcpStream server = Futures.blockOn(listener.accept())) {
      byte[] data = new byte[16 << 20];
      new Random(7).nextBytes(data);
      ByteBuffer src = ByteBuffer.wrap(data);
      CountDownLatch woken = new CountDownLatch(1);
      Context cx = new Context(woken::countDown);
      Future<Void> write = client.writeAll(src);

      assertThat(write.poll(cx).isDone()).isFalse();
      int taken = src.position();
      assertThat(taken).as("the kernel took a socket buffer's worth").isPositive().isLessThan(data.length);
      assertThat(write.poll(cx).isDone()).isFalse();
      assertThat(src.position()).as("nothing more is taken while the peer reads nothing").isEqualTo(taken);
      assertThat(woken.getCount()).isEqualTo(1);

      ByteBuffer received = ByteBuffer.allocate(data.length);
      CompletableFuture<Void> reader =
          CompletableFuture.runAsync(() -> Futures.blockOn(server.readExact(received)), THREAD);
      assertThat(woken.await(10, TimeUnit.SECONDS)).as("writable again once the peer read").isTrue();
      Futures.blockOn(write);
      reader.get(20, TimeUnit.SECONDS);
      assertThat(received.array()).isEqualTo(data);
    }
  }

  @Test
  void aPendingReadIsWokenWhenDataArrives() throws Exception {
    try (TcpStream client = connect();
        TcpStream server = Futures.blockOn(listener.accept())) {
      CountDownLatch woken = new CountDownLatch(1);
      Context cx = new Context(woken::countDown);
      ByteBuffer buf = ByteBuffer.allocate(16);
      Future<Integer> read = server.read(buf);
      assertThat(read.poll(cx).isDone()).isFalse();

      Futures.blockOn(client.writeAll(ByteBuffer.wrap(new byte[] {4, 5, 6})));
      assertThat(woken.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(read.poll(cx)).isEqualTo(Poll.ready(3));
      assertThat(buf.flip().get(2)).isEqualTo((byte) 6);
    }
  }

  @Test
  void aShortReadClearsReadinessSoTheNextReadWaitsWithoutASystemCall() throws Exception {
    try (TcpStream client = connect();
        TcpStream server = Futures.blockOn(listener.accept())) {
      Futures.blockOn(client.writeAll(ByteBuffer.wrap(new byte[] {1, 2, 3})));
      Thread.sleep(20);
      Context cx = new Context(() -> {});
      assertThat(server.read(ByteBuffer.allocate(16)).poll(cx)).isEqualTo(Poll.ready(3));
      assertThat(server.registration().pollReady(Interest.READABLE, cx))
          .as("3 of 16 bytes: the socket was drained").isEqualTo(Registration.NOT_READY);

      // and the reactor still reports what comes next
      CountDownLatch woken = new CountDownLatch(1);
      Context waiting = new Context(woken::countDown);
      Future<Integer> next = server.read(ByteBuffer.allocate(16));
      assertThat(next.poll(waiting).isDone()).isFalse();
      Futures.blockOn(client.writeAll(ByteBuffer.wrap(new byte[] {4})));
      assertThat(woken.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(next.poll(waiting)).isEqualTo(Poll.ready(1));
    }
  }

  @Test
  void closingAStreamFailsItsPendingReadInsteadOfLeavingItHanging() throws Exception {
    try (TcpStream client = connect();
        TcpStream server = Futures.blockOn(listener.accept())) {
      CountDownLatch woken = new CountDownLatch(1);
      Context cx = new Context(woken::countDown);
      Future<Integer> read = server.read(ByteBuffer.allocate(16));
      assertThat(read.poll(cx).isDone()).isFalse();

      server.close();
      assertThat(woken.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(read.poll(cx)).isInstanceOfSatisfying(
          Poll.Failed.class, f -> assertThat(f.cause()).isInstanceOf(ClosedChannelException.class));
      assertThat(server.isOpen()).isFalse();
      assertThat(client.isOpen()).isTrue();
    }
  }

  @Test
  void shuttingTheReactorDownFailsPendingFuturesWithTheReason() throws Exception {
    Reactor own = Reactor.open("tcp-shutdown-test");
    try (TcpListener ownListener = TcpListener.bind(loopback(0), 4, own)) {
      CountDownLatch woken = new CountDownLatch(1);
      Context cx = new Context(woken::countDown);
      Future<TcpStream> accept = ownListener.accept();
      assertThat(accept.poll(cx).isDone()).isFalse();
      own.close();
      assertThat(woken.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(accept.poll(cx)).isInstanceOfSatisfying(
          Poll.Failed.class,
          f -> assertThat(f.cause()).isInstanceOf(IOException.class)
              .hasMessageContaining("tcp-shutdown-test is closed"));
    }
  }

  @Test
  void aRefusedConnectFailsWithConnectException() throws IOException {
    InetSocketAddress unused;
    try (TcpListener probe = TcpListener.bind(loopback(0), 1, reactor)) {
      unused = probe.localAddress();
    }
    Future<TcpStream> connect = TcpStream.connect(unused, reactor);
    assertThatThrownBy(() -> Futures.blockOn(connect)).isInstanceOf(FutureFailedException.class)
        .hasCauseInstanceOf(ConnectException.class);
  }

  @Test
  void connectIsLazyUntilPolled() throws Exception {
    Future<TcpStream> connect = TcpStream.connect(listener.localAddress(), reactor);
    Thread.sleep(50);
    Context cx = new Context(() -> {});
    // nothing connected yet: accept would block
    assertThat(listener.accept().poll(cx).isDone()).isFalse();
    try (TcpStream client = Futures.blockOn(connect);
        TcpStream server = Futures.blockOn(listener.accept())) {
      assertThat(server.peerAddress()).isEqualTo(client.localAddress());
    }
  }

  @Test
  void readExactFailsWithEofWhenThePeerStopsShort() throws Exception {
    try (TcpStream client = connect();
        TcpStream server = Futures.blockOn(listener.accept())) {
      Futures.blockOn(client.writeAll(ByteBuffer.wrap(new byte[10])));
      client.shutdownOutput();
      ByteBuffer dst = ByteBuffer.allocate(64);
      assertThatThrownBy(() -> Futures.blockOn(server.readExact(dst)))
          .isInstanceOf(FutureFailedException.class)
          .cause()
          .isInstanceOf(EOFException.class)
          .hasMessageContaining("54 bytes still expected");
      assertThat(dst.position()).isEqualTo(10);
    }
  }

  @Test
  void aStreamHandsOutOneReusableFuturePerKindAndAFinishedOneCannotBePolled() throws Exception {
    try (TcpStream client = connect();
        TcpStream server = Futures.blockOn(listener.accept())) {
      ByteBuffer a = ByteBuffer.allocate(4);
      Future<Integer> first = server.read(a);
      Future<Integer> second = server.read(a);
      assertThat(second).isSameAs(first);
      assertThat(client.writeAll(ByteBuffer.allocate(1))).isSameAs(client.writeAll(ByteBuffer.allocate(1)));

      Futures.blockOn(client.write(ByteBuffer.wrap(new byte[] {9})));
      assertThat(Futures.blockOn(first)).isEqualTo(1);
      Context cx = new Context(() -> {});
      assertThatThrownBy(() -> first.poll(cx))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("polled after it finished");
    }
  }

  @Test
  void anOperationThatWouldCompleteAtOnceYieldsWhenTheBudgetIsSpent() throws Exception {
    try (TcpStream client = connect();
        TcpStream server = Futures.blockOn(listener.accept())) {
      Futures.blockOn(client.writeAll(ByteBuffer.wrap(new byte[8])));
      Thread.sleep(20);
      AtomicInteger wakes = new AtomicInteger();
      Context cx = new Context(wakes::incrementAndGet);
      ByteBuffer one = ByteBuffer.allocate(1);
      int previous = Coop.beginPoll(1);
      try {
        assertThat(server.read(one.clear()).poll(cx)).isEqualTo(Poll.ready(1));
        Future<Integer> next = server.read(one.clear());
        assertThat(next.poll(cx).isDone()).as("budget spent: yield").isFalse();
        assertThat(wakes).as("the task is woken to run again later").hasValue(1);
      } finally {
        Coop.endPoll(previous);
      }
      assertThat(server.read(one.clear()).poll(cx)).isEqualTo(Poll.ready(1));
    }
  }
}
