package dev.patina.runtime.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.runtime.future.Futures;
import dev.patina.runtime.io.Reactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many threads using one reactor at once: every read waits on it, so its interest-change stack,
 * wakes and re-arms run under contention. Seeded message sizes; every byte is checked.
 */
@Timeout(120)
class ConcurrentStreamsTest {

  private static final Executor THREAD = r -> Thread.ofPlatform().daemon().start(r);

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void pairsOfThreadsPingPongThroughOneReactorWithoutLosingAWake(long seed) throws Exception {
    int pairs = 16;
    int rounds = 300;
    try (Reactor reactor = Reactor.open("concurrent-test");
        TcpListener listener = TcpListener.bind(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64, reactor)) {
      List<CompletableFuture<Void>> all = new ArrayList<>();
      for (int p = 0; p < pairs; p++) {
        TcpStream client = Futures.blockOn(TcpStream.connect(listener.localAddress(), reactor));
        TcpStream server = Futures.blockOn(listener.accept());
        all.add(CompletableFuture.runAsync(() -> echo(server), THREAD));
        long pairSeed = seed * 1_000 + p;
        all.add(CompletableFuture.runAsync(() -> pingPong(client, pairSeed, rounds), THREAD));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(100, TimeUnit.SECONDS);
    }
  }

  @Test
  void aReaderAndAWriterOnTwoThreadsShareOneStream() throws Exception {
    try (Reactor reactor = Reactor.open("split-test");
        TcpListener listener = TcpListener.bind(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4, reactor)) {
      TcpStream client = Futures.blockOn(TcpStream.connect(listener.localAddress(), reactor));
      TcpStream server = Futures.blockOn(listener.accept());
      CompletableFuture<Void> echo = CompletableFuture.runAsync(() -> echo(server), THREAD);
      byte[] data = new byte[8 << 20];
      new Random(11).nextBytes(data);
      CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
        Futures.blockOn(client.writeAll(ByteBuffer.wrap(data)));
        try {
          client.shutdownOutput();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, THREAD);
      ByteBuffer back = ByteBuffer.allocate(data.length);
      Futures.blockOn(client.readExact(back));
      writer.get(30, TimeUnit.SECONDS);
      echo.get(30, TimeUnit.SECONDS);
      assertThat(back.array()).isEqualTo(data);
      assertThat(Futures.blockOn(client.read(ByteBuffer.allocate(1)))).isEqualTo(-1);
      client.close();
    }
  }

  private static void echo(TcpStream stream) {
    ByteBuffer buf = ByteBuffer.allocateDirect(8192);
    while (Futures.blockOn(stream.read(buf.clear())) >= 0) {
      Futures.blockOn(stream.writeAll(buf.flip()));
    }
    stream.close();
  }

  private static void pingPong(TcpStream stream, long seed, int rounds) {
    Random random = new Random(seed);
    for (int i = 0; i < rounds; i++) {
      byte[] message = new byte[1 + random.nextInt(3000)];
      random.nextBytes(message);
      Futures.blockOn(stream.writeAll(ByteBuffer.wrap(message)));
      ByteBuffer back = ByteBuffer.allocate(message.length);
      Futures.blockOn(stream.readExact(back));
      if (!Arrays.equals(back.array(), message)) {
        throw new AssertionError("seed " + seed + ", round " + i + ": the echo differs");
      }
    }
    stream.close();
  }
}
