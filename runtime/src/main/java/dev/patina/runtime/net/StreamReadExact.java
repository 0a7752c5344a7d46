package dev.patina.runtime.net;

import dev.patina.runtime.future.Poll;
import dev.patina.runtime.io.Interest;
import dev.patina.runtime.io.Registration;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;

/** {@link TcpStream#readExact}: reads until the buffer is full; end of stream first is a failure. */
final class StreamReadExact extends IoFuture<Void> {

  private static final Poll<Void> DONE = Poll.ready(null);

  private final TcpStream stream;
  private ByteBuffer dst;

  StreamReadExact(TcpStream stream) {
    super(Interest.READABLE);
    this.stream = stream;
  }

  StreamReadExact reset(ByteBuffer dst) {
    this.dst = dst;
    start();
    return this;
  }

  @Override
  Registration registration() {
    return stream.registration();
  }

  @Override
  Poll<Void> attempt() throws IOException {
    if (!dst.hasRemaining()) {
      return DONE;
    }
    int n = stream.channel().read(dst);
    if (n < 0) {
      throw new EOFException(
          "the peer closed the stream with " + dst.remaining() + " bytes still expected");
    }
    if (n == 0) {
      return null;
    }
    if (dst.hasRemaining()) {
      drained();
      return Poll.pending();
    }
    return DONE;
  }
}
