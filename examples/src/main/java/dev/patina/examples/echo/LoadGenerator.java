package dev.patina.examples.echo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * A load generator for echo servers: {@code N} concurrent loopback connections, each sending
 * messages of {@code S} bytes one at a time and checking every byte of every echo.
 *
 * <p>It is deliberately <em>not</em> built on Patina's runtime: it is the instrument that measures
 * the runtime, so it must not share the reactor it tests (a bug in both ends could hide itself) and
 * it must drive Patina's and Netty's servers identically. It is one thread with a plain {@link
 * Selector}: cheap enough to leave the other core to the server, and allocation-free per message.
 *
 * <p>Two ways to use it: {@link #run(LoadConfig)} for a fixed number of messages per connection
 * with a {@link LoadReport} (tests, {@code main}); {@link #open} plus {@link #awaitEcho()} for a
 * benchmark, which counts one echoed message per call while every connection keeps one message in
 * flight.
 */
public final class LoadGenerator implements AutoCloseable {

  private static final int MAX_ERROR_SAMPLES = 10;

  private final Selector selector;
  private final ClientConnection[] connections;
  private final int messagesPerConnection;
  private final Histogram latency = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
  private final Consumer<SelectionKey> onKey = this::onKey;
  private final List<String> errorSamples = new ArrayList<>();
  private int connected;
  private int active;
  private int errors;
  private long echoed;
  private long unclaimed;

  private LoadGenerator(InetSocketAddress target, int connections, int messages, int size)
      throws IOException {
    this.selector = Selector.open();
    this.connections = new ClientConnection[connections];
    this.messagesPerConnection = messages;
    try {
      for (int i = 0; i < connections; i++) {
        SocketChannel channel = SocketChannel.open();
        ClientConnection c = new ClientConnection(i, channel, size);
        this.connections[i] = c;
        active++;
        try {
          channel.configureBlocking(false);
          channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
          c.connected = channel.connect(target);
          c.key = channel.register(selector, c.connected ? 0 : SelectionKey.OP_CONNECT, c);
          connected += c.connected ? 1 : 0;
        } catch (IOException e) {
          fail(c, "connect: " + e);
        }
      }
    } catch (IOException | RuntimeException e) {
      // out of descriptors for the generator itself: give back what it opened
      close();
      throw e;
    }
  }

  /**
   * Runs {@code config} to the end and reports. Never throws for what the server does: resets,
   * early ends of stream, wrong bytes and timeouts are counted per connection in the report.
   *
   * @throws IOException if the generator itself cannot open a selector or a socket
   */
  public static LoadReport run(LoadConfig config) throws IOException {
    long deadline = System.nanoTime() + config.timeout().toNanos();
    try (LoadGenerator gen = new LoadGenerator(
        config.target(), config.connections(), config.messages(), config.messageSize())) {
      long connectStart = System.nanoTime();
      gen.awaitConnected(deadline);
      long start = System.nanoTime();
      gen.startAll();
      while (gen.active > 0 && System.nanoTime() < deadline) {
        gen.pump(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      }
      long end = System.nanoTime();
      gen.failRemaining("timed out after " + config.timeout());
      Histogram h = gen.latency;
      return new LoadReport(
          config.connections(), gen.echoed, gen.echoed * config.messageSize(), gen.errors,
          gen.errorSamples, Duration.ofNanos(start - connectStart), Duration.ofNanos(end - start),
          h.getValueAtPercentile(50), h.getValueAtPercentile(99), h.getMaxValue());
    }
  }

  /**
   * Opens {@code connections} connections to {@code target} and puts one message of {@code
   * messageSize} bytes in flight on each; every {@link #awaitEcho()} then counts one echo and sends
   * the next message on its connection. For benchmarks.
   *
   * @throws IOException if a connection cannot be made within 30 s
   */
  public static LoadGenerator open(InetSocketAddress target, int connections, int messageSize)
      throws IOException {
    LoadGenerator gen = new LoadGenerator(target, connections, Integer.MAX_VALUE, messageSize);
    gen.awaitConnected(System.nanoTime() + TimeUnit.SECONDS.toNanos(30));
    if (gen.errors > 0) {
      gen.close();
      throw new IOException("cannot connect to " + target + ": " + gen.errorSamples);
    }
    gen.startAll();
    return gen;
  }

  /**
   * Waits until one more message has come back intact, and returns.
   *
   * @throws IllegalStateException if any connection failed (a wrong byte, a reset, a timeout)
   */
  public void awaitEcho() throws IOException {
    while (unclaimed == 0) {
      pump(10_000);
      if (errors > 0) {
        throw new IllegalStateException("the echo server failed: " + errorSamples);
      }
    }
    unclaimed--;
  }

  /** Echoes verified so far. */
  public long echoes() {
    return echoed;
  }

  /** The latency of every echo so far, in nanoseconds. */
  public Histogram latency() {
    return latency;
  }

  /** Closes every connection and the selector. */
  @Override
  public void close() throws IOException {
    for (ClientConnection c : connections) {
      if (c != null && c.open) {
        c.open = false;
        c.channel.close();
      }
    }
    selector.close();
  }

  private void awaitConnected(long deadline) throws IOException {
    while (connected + errors < connections.length && System.nanoTime() < deadline) {
      pump(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    }
    for (ClientConnection c : connections) {
      if (c.open && !c.connected) {
        fail(c, "connect timed out");
      }
    }
  }

  private void startAll() throws IOException {
    for (ClientConnection c : connections) {
      if (c.open) {
        try {
          send(c);
        } catch (IOException e) {
          fail(c, e.toString());
        }
      }
    }
  }

  private void pump(long timeoutMillis) throws IOException {
    selector.select(onKey, timeoutMillis);
  }

  private void onKey(SelectionKey key) {
    ClientConnection c = (ClientConnection) key.attachment();
    try {
      if (key.isConnectable()) {
        if (c.channel.finishConnect()) {
          c.connected = true;
          connected++;
          key.interestOps(0);
        }
        return;
      }
      if (key.isReadable()) {
        receive(c);
      }
      if (c.open && key.isWritable()) {
        flush(c);
      }
    } catch (IOException | RuntimeException e) {
      fail(c, e.toString());
    }
  }

  private void send(ClientConnection c) throws IOException {
    c.prepareNext();
    c.sentAt = System.nanoTime();
    flush(c);
  }

  private void flush(ClientConnection c) throws IOException {
    c.channel.write(c.out);
    // read while writing: a message larger than the socket buffers is echoed while it is sent
    c.key.interestOps(SelectionKey.OP_READ | (c.out.hasRemaining() ? SelectionKey.OP_WRITE : 0));
  }

  private void receive(ClientConnection c) throws IOException {
    int n = c.channel.read(c.in);
    if (n < 0) {
      fail(c, "end of stream after " + c.sequence + " messages and " + c.in.position()
          + " bytes of the next echo");
      return;
    }
    if (c.in.hasRemaining()) {
      return;
    }
    String wrong = c.verify();
    if (wrong != null) {
      fail(c, wrong);
      return;
    }
    latency.recordValue(Math.min(System.nanoTime() - c.sentAt, latency.getHighestTrackableValue()));
    echoed++;
    unclaimed++;
    c.sequence++;
    if (c.sequence == messagesPerConnection) {
      close(c);
    } else {
      send(c);
    }
  }

  private void failRemaining(String why) {
    for (ClientConnection c : connections) {
      if (c.open) {
        fail(c, why + " with " + c.sequence + " of " + messagesPerConnection + " messages echoed");
      }
    }
  }

  private void fail(ClientConnection c, String why) {
    errors++;
    if (errorSamples.size() < MAX_ERROR_SAMPLES) {
      errorSamples.add("connection " + c.id + ": " + why);
    }
    close(c);
  }

  private void close(ClientConnection c) {
    if (!c.open) {
      return;
    }
    c.open = false;
    active--;
    try {
      c.channel.close();
    } catch (IOException e) {
      // closing a client socket that already failed: nothing more to learn from it
    }
  }

  /**
   * Runs the load generator against {@code HOST:PORT}: {@code [connections] [messages] [size]}
   * (defaults 1000, 100, 64); prints the report and exits with 1 if any connection failed.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || !args[0].contains(":")) {
      System.err.println("usage: LoadGenerator HOST:PORT [connections] [messages] [size]");
      System.exit(2);
    }
    String[] hostPort = args[0].split(":", 2);
    InetSocketAddress target = new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1]));
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int messages = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    int size = args.length > 3 ? Integer.parseInt(args[3]) : 64;
    LoadReport report =
        run(new LoadConfig(target, connections, messages, size, Duration.ofSeconds(60)));
    System.out.println(report);
    System.exit(report.errors() == 0 ? 0 : 1);
  }
}
