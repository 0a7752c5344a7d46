package dev.patina.runtime.net;

import dev.patina.runtime.io.Interest;
import dev.patina.runtime.io.Registration;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/** An operation of a {@link TcpStream} on one buffer; the stream resets it for each new buffer. */
abstract class StreamOp<T> extends IoFuture<T> {

  private final TcpStream stream;
  ByteBuffer buffer;

  StreamOp(TcpStream stream, Interest interest) {
    super(interest);
    this.stream = stream;
  }

  /** Starts a new operation on {@code buffer} and returns this future. */
  final StreamOp<T> reset(ByteBuffer newBuffer) {
    this.buffer = newBuffer;
    start();
    return this;
  }

  final SocketChannel channel() {
    return stream.channel();
  }

  @Override
  final Registration registration() {
    return stream.registration();
  }
}
