package dev.patina.runtime.net;

import dev.patina.runtime.future.Future;
import dev.patina.runtime.io.Reactor;
import dev.patina.runtime.io.Registration;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.Objects;

/**
 * A TCP socket bound to an address, accepting connections as futures (Tokio's {@code
 * TcpListener}).
 *
 * <pre>{@code
 * try (TcpListener listener = TcpListener.bind(new InetSocketAddress("127.0.0.1", 0))) {
 *   TcpStream client = Futures.blockOn(listener.accept());
 *   ...
 * }
 * }</pre>
 *
 * <p>Like the futures of {@link TcpStream}, the future {@link #accept()} returns is reused by the
 * next call, so an accept loop allocates only the accepted streams.
 */
public final class TcpListener implements AutoCloseable {

  /** The accept backlog {@link #bind(SocketAddress)} asks for (Tokio's and Netty's default). */
  public static final int DEFAULT_BACKLOG = 1024;

  private final ServerSocketChannel channel;
  private final Registration registration;
  private Accept accept;

  private TcpListener(ServerSocketChannel channel, Registration registration) {
    this.channel = channel;
    this.registration = registration;
  }

  /**
   * Binds to {@code address} (port 0 picks a free port, {@link #localAddress()} tells which) on
   * the {@linkplain Reactor#shared() shared} reactor. Binding does not block, so this is not a
   * future.
   */
  public static TcpListener bind(SocketAddress address) throws IOException {
    return bind(address, DEFAULT_BACKLOG, Reactor.shared());
  }

  /** Binds to {@code address} with an accept backlog of {@code backlog}, watched by {@code reactor}. */
  public static TcpListener bind(SocketAddress address, int backlog, Reactor reactor)
      throws IOException {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(reactor, "reactor");
    ServerSocketChannel channel = ServerSocketChannel.open();
    try {
      channel.bind(address, backlog);
      return new TcpListener(channel, reactor.register(channel));
    } catch (IOException | RuntimeException e) {
      TcpStream.closeQuietly(channel, null);
      throw e;
    }
  }

  /**
   * The next incoming connection. Fails if the listener is closed, or if the system refuses the
   * connection (for example when the process is out of file descriptors); the listener stays
   * usable after such a failure.
   */
  public Future<TcpStream> accept() {
    Accept op = accept;
    if (op == null) {
      accept = op = new Accept(this);
    }
    return op.reset();
  }

  /** The address the listener is bound to, with the port the system picked for port 0. */
  public InetSocketAddress localAddress() throws IOException {
    return (InetSocketAddress) channel.getLocalAddress();
  }

  /** Stops listening; a pending {@link #accept()} fails. Closing twice is harmless. */
  @Override
  public void close() {
    TcpStream.closeQuietly(channel, registration);
  }

  ServerSocketChannel channel() {
    return channel;
  }

  Registration registration() {
    return registration;
  }

  @Override
  public String toString() {
    return "TcpListener[" + channel + "]";
  }
}
