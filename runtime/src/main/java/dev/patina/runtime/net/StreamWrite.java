package dev.patina.runtime.net;

import dev.patina.runtime.future.Poll;
import dev.patina.runtime.io.Interest;
import dev.patina.runtime.io.Registration;
import java.io.IOException;
import java.nio.ByteBuffer;

/** {@link TcpStream#write}: one write of at least one byte, waiting while the socket is full. */
final class StreamWrite extends IoFuture<Integer> {

  private final TcpStream stream;
  private ByteBuffer src;
  private final ReadyCount ready = new ReadyCount();

  StreamWrite(TcpStream stream) {
    super(Interest.WRITABLE);
    this.stream = stream;
  }

  StreamWrite reset(ByteBuffer src) {
    this.src = src;
    start();
    return this;
  }

  @Override
  Registration registration() {
    return stream.registration();
  }

  @Override
  Poll<Integer> attempt() throws IOException {
    int n = stream.channel().write(src);
    if (n == 0 && src.hasRemaining()) {
      return null;
    }
    if (n > 0 && src.hasRemaining()) {
      drained();
    }
    return ready.of(n);
  }
}
