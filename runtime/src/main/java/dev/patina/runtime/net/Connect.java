package dev.patina.runtime.net;

import dev.patina.runtime.future.Poll;
import dev.patina.runtime.io.Interest;
import dev.patina.runtime.io.Reactor;
import dev.patina.runtime.io.Registration;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.SocketChannel;

/**
 * {@link TcpStream#connect}: opens a socket and connects it without blocking. Lazy like every
 * future: the socket is opened at the first poll. A refused or failed connect closes the socket.
 */
final class Connect extends IoFuture<TcpStream> {

  private final SocketAddress address;
  private final Reactor reactor;
  private SocketChannel channel;
  private Registration registration;

  Connect(SocketAddress address, Reactor reactor) {
    super(Interest.WRITABLE);
    this.address = address;
    this.reactor = reactor;
    start();
  }

  @Override
  Registration registration() throws IOException {
    if (registration == null) {
      channel = SocketChannel.open();
      registration = reactor.register(channel);
      // non-blocking now: true only if the connection was made at once; the selector reports
      // the outcome of a pending one as "writable" (OP_CONNECT), and finishConnect tells which
      channel.connect(address);
    }
    return registration;
  }

  @Override
  Poll<TcpStream> attempt() throws IOException {
    if (!channel.finishConnect()) {
      return null;
    }
    return Poll.ready(new TcpStream(channel, registration));
  }

  @Override
  void onFailure() {
    if (channel != null) {
      TcpStream.closeQuietly(channel, registration);
    }
  }
}
