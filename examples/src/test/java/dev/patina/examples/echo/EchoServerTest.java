package dev.patina.examples.echo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.UnixOperatingSystemMXBean;
import dev.patina.runtime.executor.ExecutorOptions;
import dev.patina.runtime.executor.WorkStealingExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The echo server under the load generator, and under clients that misbehave. */
@Timeout(120)
class EchoServerTest {

  private EchoServer server;

  @BeforeEach
  void start() throws IOException {
    server = EchoServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void servesAThousandConcurrentConnectionsWithEveryByteEchoed() throws Exception {
    // a client and a server descriptor per connection, plus the JVM's own
    long maxFds = ((UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getMaxFileDescriptorCount();
    assertThat(maxFds).as("ulimit -n must allow 2 x 1000 sockets; raise it to run this test")
        .isGreaterThanOrEqualTo(2_200);

    LoadReport report = LoadGenerator.run(
        new LoadConfig(server.address(), 1_000, 20, 64, Duration.ofSeconds(60)));
    System.out.println("[echo] ulimit -n " + maxFds + "; " + report);

    assertThat(report.errorSamples()).isEmpty();
    assertThat(report.errors()).isZero();
    assertThat(report.messages()).isEqualTo(20_000);
    assertThat(report.bytes()).isEqualTo(20_000L * 64);
    awaitEquals(1_000, () -> server.stats().finished());
    assertThat(server.stats().failed()).isZero();
  }

  @Test
  void servesAThousandConnectionsOnTheWorkStealingExecutorToo() throws Exception {
    try (EchoServer stealing = EchoServer.start(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        new WorkStealingExecutor(2, ExecutorOptions.defaults("echo-ws")))) {
      LoadReport report = LoadGenerator.run(
          new LoadConfig(stealing.address(), 1_000, 20, 64, Duration.ofSeconds(60)));
      System.out.println("[echo, 2 workers] " + report);
      assertThat(report.errorSamples()).isEmpty();
      assertThat(report.bytes()).isEqualTo(20_000L * 64);
      awaitEquals(1_000, () -> stealing.stats().finished());
    }
  }

  @Test
  void messagesLargerThanTheSocketBuffersComeBackWhole() throws Exception {
    LoadReport report = LoadGenerator.run(
        new LoadConfig(server.address(), 4, 3, 4 << 20, Duration.ofSeconds(60)));
    assertThat(report.errorSamples()).isEmpty();
    assertThat(report.bytes()).isEqualTo(12L * (4 << 20));
  }

  @Test
  void clientsThatResetStayIdleOrLeaveMidMessageEndOnlyTheirOwnConnection() throws Exception {
    InetSocketAddress at = server.address();
    // 1. sends half a message, then resets (SO_LINGER 0 makes close send RST)
    try (Socket reset = new Socket(at.getAddress(), at.getPort())) {
      reset.getOutputStream().write(new byte[32]);
      reset.setSoLinger(true, 0);
    }
    // 2. connects and sends nothing, and stays connected through the rest of the test
    try (Socket idle = new Socket(at.getAddress(), at.getPort());
        // 3. sends 64 MiB and never reads: the server's writes to it stall (backpressure)
        Socket hog = new Socket(at.getAddress(), at.getPort())) {
      OutputStream hogOut = hog.getOutputStream();
      Thread flooder = Thread.ofPlatform().daemon().start(() -> {
        try {
          hogOut.write(new byte[64 << 20]);
        } catch (IOException e) {
          // the server stopped reading once its writes to us stalled; closing ends the write
        }
      });
      // 4. sends half a message and closes normally, without reading the echo
      try (Socket leaver = new Socket(at.getAddress(), at.getPort())) {
        leaver.getOutputStream().write(new byte[40]);
      }
      // 5. connects and closes at once
      new Socket(at.getAddress(), at.getPort()).close();

      LoadReport report = LoadGenerator.run(
          new LoadConfig(at, 50, 50, 64, Duration.ofSeconds(30)));
      assertThat(report.errorSamples()).isEmpty();
      assertThat(report.messages()).isEqualTo(2_500);

      // the idle client is still served once it speaks
      OutputStream out = idle.getOutputStream();
      InputStream in = idle.getInputStream();
      out.write(new byte[] {'p', 'i', 'n', 'g'});
      assertThat(in.readNBytes(4)).containsExactly('p', 'i', 'n', 'g');
      assertThat(flooder.isAlive()).as("the hog is held back, not buffered").isTrue();
      hog.close();
      flooder.join(10_000);
    }
    // reset, idle, hog, leaver, closer and 50 load connections: each accounted for on its own
    awaitEquals(55, () -> server.stats().finished() + server.stats().failed());
    assertThat(server.stats().accepted()).isEqualTo(55);
    assertThat(server.stats().failed()).as("at least the reset").isGreaterThanOrEqualTo(1);
  }

  @Test
  void closingTheServerClosesItsConnectionsAndStopsItsThreads() throws Exception {
    InetSocketAddress at = server.address();
    try (Socket client = new Socket(at.getAddress(), at.getPort())) {
      client.getOutputStream().write(new byte[] {1, 2, 3});
      assertThat(client.getInputStream().readNBytes(3)).containsExactly(1, 2, 3);
      server.close();
      client.setSoTimeout(10_000);
      assertThat(readEndOrReset(client.getInputStream())).isTrue();
    }
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().equals("echo-server") || t.getName().equals("echo-reactor"));
    server.close(); // twice is harmless
  }

  private static boolean readEndOrReset(InputStream in) {
    try {
      return in.read() == -1;
    } catch (IOException reset) {
      return true;
    }
  }

  private static void awaitEquals(long expected, LongSupplier actual) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (actual.getAsLong() != expected && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(actual.getAsLong()).isEqualTo(expected);
  }
}
