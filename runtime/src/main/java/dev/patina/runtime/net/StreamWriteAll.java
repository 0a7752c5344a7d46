package dev.patina.runtime.net;

import dev.patina.runtime.future.Poll;
import dev.patina.runtime.io.Interest;
import dev.patina.runtime.io.Registration;
import java.io.IOException;
import java.nio.ByteBuffer;

/** {@link TcpStream#writeAll}: writes the whole buffer, waiting whenever the socket is full. */
final class StreamWriteAll extends IoFuture<Void> {

  private static final Poll<Void> DONE = Poll.ready(null);

  private final TcpStream stream;
  private ByteBuffer src;

  StreamWriteAll(TcpStream stream) {
    super(Interest.WRITABLE);
    this.stream = stream;
  }

  StreamWriteAll reset(ByteBuffer src) {
    this.src = src;
    start();
    return this;
  }

  @Override
  Registration registration() {
    return stream.registration();
  }

  @Override
  Poll<Void> attempt() throws IOException {
    if (!src.hasRemaining()) {
      return DONE;
    }
    int n = stream.channel().write(src);
    if (n == 0) {
      return null;
    }
    if (src.hasRemaining()) {
      drained();
      return Poll.pending();
    }
    return DONE;
  }
}
