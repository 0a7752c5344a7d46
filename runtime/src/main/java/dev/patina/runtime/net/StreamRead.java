package dev.patina.runtime.net;

import dev.patina.runtime.future.Poll;
import dev.patina.runtime.io.Interest;
import dev.patina.runtime.io.Registration;
import java.io.IOException;
import java.nio.ByteBuffer;

/** {@link TcpStream#read}: one read of at least one byte, or -1 at end of stream. */
final class StreamRead extends IoFuture<Integer> {

  private final TcpStream stream;
  private ByteBuffer dst;
  private final ReadyCount ready = new ReadyCount();

  StreamRead(TcpStream stream) {
    super(Interest.READABLE);
    this.stream = stream;
  }

  StreamRead reset(ByteBuffer dst) {
    this.dst = dst;
    start();
    return this;
  }

  @Override
  Registration registration() {
    return stream.registration();
  }

  @Override
  Poll<Integer> attempt() throws IOException {
    int n = stream.channel().read(dst);
    if (n == 0 && dst.hasRemaining()) {
      return null;
    }
    if (n > 0 && dst.hasRemaining()) {
      drained();
    }
    return ready.of(n);
  }
}
