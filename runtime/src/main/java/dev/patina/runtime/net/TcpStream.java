package dev.patina.runtime.net;

import dev.patina.runtime.future.Future;
import dev.patina.runtime.io.Reactor;
import dev.patina.runtime.io.Registration;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Objects;

/**
 * A TCP connection whose reads and writes are futures (Tokio's {@code TcpStream}).
 *
 * <pre>{@code
 * TcpStream stream = Futures.blockOn(TcpStream.connect(new InetSocketAddress("127.0.0.1", 7)));
 * Futures.blockOn(stream.writeAll(ByteBuffer.wrap(request)));
 * ByteBuffer reply = ByteBuffer.allocate(64);
 * int n = Futures.blockOn(stream.read(reply));   // -1 at end of stream
 * stream.close();
 * }</pre>
 *
 * <p>Every operation tries the non-blocking system call first and waits on the {@linkplain Reactor
 * reactor} only when it would block. Nothing is buffered: a write that finds the socket's send
 * buffer full is pending until the peer has read enough for the socket to become writable, so a
 * fast writer is held back by a slow reader (backpressure).
 *
 * <p><b>Futures are reused.</b> The stream keeps one future per kind of operation and hands it out
 * again: {@code read(b)} returns the same object every time, reset for the new buffer, so a read or
 * write loop allocates nothing per operation. A future is therefore valid until the next call of
 * the same method on this stream; starting a new operation abandons one still pending, which is
 * sound because a pending read or write has transferred nothing (progress of {@code readExact} and
 * {@code writeAll} is kept in the buffer's position). One task may read while another writes; two
 * tasks reading (or writing) one stream at the same time is not supported.
 *
 * <p>Close a stream when done with it, on every path: like any channel it holds a file descriptor
 * until {@link #close()}.
 */
public final class TcpStream implements AutoCloseable {

  private final SocketChannel channel;
  private final Registration registration;
  private StreamRead read;
  private StreamWrite write;
  private StreamReadExact readExact;
  private StreamWriteAll writeAll;

  TcpStream(SocketChannel channel, Registration registration) {
    this.channel = channel;
    this.registration = registration;
  }

  /** Connects to {@code address} on the {@linkplain Reactor#shared() shared} reactor. */
  public static Future<TcpStream> connect(SocketAddress address) {
    return connect(address, Reactor.shared());
  }

  /**
   * A future of a connection to {@code address}, watched by {@code reactor}. Nothing happens until
   * it is polled; a refused connection fails it with {@link java.net.ConnectException}.
   */
  public static Future<TcpStream> connect(SocketAddress address, Reactor reactor) {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(reactor, "reactor");
    return new Connect(address, reactor);
  }

  /**
   * Reads what is there into {@code dst}, waiting until at least one byte is; the future's value
   * is the number of bytes read, {@code -1} at end of stream, and {@code 0} only if {@code dst} is
   * full.
   */
  public Future<Integer> read(ByteBuffer dst) {
    Objects.requireNonNull(dst, "dst");
    StreamRead op = read;
    if (op == null) {
      read = op = new StreamRead(this);
    }
    return op.reset(dst);
  }

  /**
   * Writes what the socket takes from {@code src}, waiting until it takes at least one byte; the
   * value is the number of bytes written ({@code 0} only if {@code src} is empty).
   */
  public Future<Integer> write(ByteBuffer src) {
    Objects.requireNonNull(src, "src");
    StreamWrite op = write;
    if (op == null) {
      write = op = new StreamWrite(this);
    }
    return op.reset(src);
  }

  /**
   * Reads until {@code dst} is full. Fails with {@link java.io.EOFException} if the stream ends
   * first; the bytes that did arrive are in {@code dst}.
   */
  public Future<Void> readExact(ByteBuffer dst) {
    Objects.requireNonNull(dst, "dst");
    StreamReadExact op = readExact;
    if (op == null) {
      readExact = op = new StreamReadExact(this);
    }
    return op.reset(dst);
  }

  /** Writes all of {@code src}, waiting whenever the socket's send buffer is full. */
  public Future<Void> writeAll(ByteBuffer src) {
    Objects.requireNonNull(src, "src");
    StreamWriteAll op = writeAll;
    if (op == null) {
      writeAll = op = new StreamWriteAll(this);
    }
    return op.reset(src);
  }

  /**
   * Half-closes the connection: sends FIN after the bytes already written, so the peer reads end
   * of stream; this side can still read. Writes fail afterwards.
   */
  public void shutdownOutput() throws IOException {
    channel.shutdownOutput();
  }

  /**
   * Closes the connection and stops the reactor watching it; pending futures of this stream then
   * fail with {@link java.nio.channels.ClosedChannelException}. The descriptor is released even if
   * the close reports an error, so there is nothing left for a caller to handle and this throws
   * nothing. Closing twice is harmless.
   */
  @Override
  public void close() {
    closeQuietly(channel, registration);
  }

  /** Whether {@link #close()} was called (or the channel was closed otherwise). */
  public boolean isOpen() {
    return channel.isOpen();
  }

  /** Sets {@code TCP_NODELAY}: small writes go out at once instead of waiting to be coalesced. */
  public void setNoDelay(boolean noDelay) throws IOException {
    channel.setOption(StandardSocketOptions.TCP_NODELAY, noDelay);
  }

  /** The local address and port of the connection. */
  public InetSocketAddress localAddress() throws IOException {
    return (InetSocketAddress) channel.getLocalAddress();
  }

  /** The address and port of the peer. */
  public InetSocketAddress peerAddress() throws IOException {
    return (InetSocketAddress) channel.getRemoteAddress();
  }

  SocketChannel channel() {
    return channel;
  }

  Registration registration() {
    return registration;
  }

  /** Closes {@code channel} and then deregisters it, so the reactor lets its descriptor go. */
  static void closeQuietly(java.nio.channels.Channel channel, Registration registration) {
    try {
      channel.close();
    } catch (IOException e) {
      // the descriptor is released anyway (the JDK closes it before reporting)
    }
    if (registration != null) {
      registration.deregister();
    }
  }

  @Override
  public String toString() {
    return "TcpStream[" + channel + "]";
  }
}
