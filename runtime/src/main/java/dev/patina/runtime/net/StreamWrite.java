package dev.patina.runtime.net;

import dev.patina.runtime.future.Poll;
import dev.patina.runtime.io.Interest;
import java.io.IOException;

/** {@link TcpStream#write}: one write of at least one byte, waiting while the socket is full. */
final class StreamWrite extends StreamOp<Integer> {

  private final ReadyCount ready = new ReadyCount();

  StreamWrite(TcpStream stream) {
    super(stream, Interest.WRITABLE);
  }

  @Override
  Poll<Integer> attempt() throws IOException {
    int n = channel().write(buffer);
    if (n == 0 && buffer.hasRemaining()) {
      return null;
    }
    if (n > 0 && buffer.hasRemaining()) {
      drained();
    }
    return ready.of(n);
  }
}
