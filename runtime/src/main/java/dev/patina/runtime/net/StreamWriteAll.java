package dev.patina.runtime.net;

import dev.patina.runtime.future.Poll;
import dev.patina.runtime.io.Interest;
import java.io.IOException;

/** {@link TcpStream#writeAll}: writes the whole buffer, waiting whenever the socket is full. */
final class StreamWriteAll extends StreamOp<Void> {

  StreamWriteAll(TcpStream stream) {
    super(stream, Interest.WRITABLE);
  }

  @Override
  Poll<Void> attempt() throws IOException {
    if (!buffer.hasRemaining()) {
      return Poll.ready();
    }
    if (channel().write(buffer) == 0) {
      return null;
    }
    if (buffer.hasRemaining()) {
      drained();
      return Poll.pending();
    }
    return Poll.ready();
  }
}
