package dev.patina.runtime.net;

import dev.patina.runtime.future.Poll;
import dev.patina.runtime.io.Interest;
import dev.patina.runtime.io.Registration;
import java.io.IOException;
import java.nio.channels.SocketChannel;

/** {@link TcpListener#accept}: the next connection, waiting while there is none. */
final class Accept extends IoFuture<TcpStream> {

  private final TcpListener listener;

  Accept(TcpListener listener) {
    super(Interest.READABLE);
    this.listener = listener;
  }

  Accept reset() {
    start();
    return this;
  }

  @Override
  Registration registration() {
    return listener.registration();
  }

  @Override
  Poll<TcpStream> attempt() throws IOException {
    SocketChannel accepted = listener.channel().accept();
    if (accepted == null) {
      return null;
    }
    Registration registration;
    try {
      registration = listener.registration().reactor().register(accepted);
    } catch (IOException | RuntimeException e) {
      TcpStream.closeQuietly(accepted, null);
      throw e;
    }
    return Poll.ready(new TcpStream(accepted, registration));
  }
}
