package dev.patina.runtime.net;

import dev.patina.runtime.future.Poll;
import dev.patina.runtime.io.Interest;
import java.io.EOFException;
import java.io.IOException;

/** {@link TcpStream#readExact}: reads until the buffer is full; end of stream first is a failure. */
final class StreamReadExact extends StreamOp<Void> {

  StreamReadExact(TcpStream stream) {
    super(stream, Interest.READABLE);
  }

  @Override
  Poll<Void> attempt() throws IOException {
    if (!buffer.hasRemaining()) {
      return Poll.ready();
    }
    int n = channel().read(buffer);
    if (n < 0) {
      throw new EOFException(
          "the peer closed the stream with " + buffer.remaining() + " bytes still expected");
    }
    if (n == 0) {
      return null;
    }
    if (buffer.hasRemaining()) {
      drained();
      return Poll.pending();
    }
    return Poll.ready();
  }
}
