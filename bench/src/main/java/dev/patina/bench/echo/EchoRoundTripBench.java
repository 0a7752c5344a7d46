package dev.patina.bench.echo;

import dev.patina.bench.Baseline;
import dev.patina.examples.echo.EchoServer;
import dev.patina.examples.echo.LoadGenerator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Loopback TCP echo of 64-byte messages: Patina's echo server against Netty's, driven by the same
 * {@link LoadGenerator} on the benchmark thread.
 *
 * <p>Every connection keeps one message in flight; one benchmark operation is one echoed message
 * (on whichever connection it comes back first, checked byte for byte), after which that
 * connection sends its next one. So the score is <b>messages per second</b> summed over all
 * connections, and with {@code connections = 1} it is the inverse of the round-trip time. {@code
 * gc.alloc.rate.norm} (B/op) is the allocation per echoed message of the whole process: the
 * server's threads and the load generator's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Baseline(param = "server", value = "netty")
public class EchoRoundTripBench {

  @Param({"patina", "netty"})
  public String server;

  @Param({"1", "50", "1000"})
  public int connections;

  private AutoCloseable running;
  private LoadGenerator load;

  @Setup(Level.Trial)
  public void start() throws Exception {
    InetSocketAddress address;
    switch (server) {
      case "patina" -> {
        EchoServer patina =
            EchoServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        running = patina;
        address = patina.address();
      }
      case "netty" -> {
        NettyEchoServer netty = NettyEchoServer.start();
        running = netty;
        address = netty.address();
      }
      default -> throw new IllegalArgumentException("unknown server " + server);
    }
    load = LoadGenerator.open(address, connections, 64);
  }

  @Benchmark
  public void roundTrip() throws IOException {
    load.awaitEcho();
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    load.close();
    running.close();
  }
}
