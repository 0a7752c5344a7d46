package dev.patina.runtime.net;

import dev.patina.runtime.future.Poll;
import dev.patina.runtime.io.Interest;
import java.io.IOException;

/** {@link TcpStream#read}: one read of at least one byte, or -1 at end of stream. */
final class StreamRead extends StreamOp<Integer> {

  private final ReadyCount ready = new ReadyCount();

  StreamRead(TcpStream stream) {
    super(stream, Interest.READABLE);
  }

  @Override
  Poll<Integer> attempt() throws IOException {
    int n = channel().read(buffer);
    if (n == 0 && buffer.hasRemaining()) {
      return null;
    }
    if (n > 0 && buffer.hasRemaining()) {
      drained();
    }
    return ready.of(n);
  }
}
