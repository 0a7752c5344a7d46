package dev.patina.examples.echo;

import dev.patina.runtime.future.Cancellable;
import dev.patina.runtime.future.CancelledException;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.net.TcpStream;
import java.nio.ByteBuffer;

/**
 * The task of one connection: read what is there, write it all back, until the client ends the
 * stream. A hand-written state machine (what an {@code @Async} method is rewritten into): its two
 * states are "a read is in flight" and "a write is in flight". A failure ends this connection only:
 * the task completes normally and the failure is counted in {@link EchoStats}.
 */
final class EchoConnection implements Future<Void>, Cancellable {

  /** The buffer per connection: what one read may take, and so one write's most. */
  static final int BUFFER_SIZE = 16 * 1024;

  private static final Poll<Void> DONE = Poll.ready(null);

  private final TcpStream stream;
  private final EchoStats stats;
  private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_SIZE);
  // the operation in flight; null between operations. The stream reuses these objects.
  private Future<Integer> read;
  private Future<Void> write;

  EchoConnection(TcpStream stream, EchoStats stats) {
    this.stream = stream;
    this.stats = stats;
  }

  @Override
  public Poll<Void> poll(Context cx) {
    while (true) {
      if (write == null) {
        if (read == null) {
          read = stream.read(buffer.clear());
        }
        switch (read.poll(cx)) {
          case Poll.Pending<Integer> p -> {
            return Poll.pending();
          }
          case Poll.Failed<Integer>(Throwable cause) -> {
            return fail(cause);
          }
          case Poll.Ready<Integer>(Integer n) -> {
            read = null;
            if (n < 0) {
              stream.close();
              stats.onFinished();
              return DONE;
            }
            write = stream.writeAll(buffer.flip());
          }
        }
      }
      switch (write.poll(cx)) {
        case Poll.Pending<Void> p -> {
          return Poll.pending();
        }
        case Poll.Failed<Void>(Throwable cause) -> {
          return fail(cause);
        }
        case Poll.Ready<Void> r -> write = null;
      }
    }
  }

  private Poll<Void> fail(Throwable cause) {
    stream.close();
    stats.onFailed(cause);
    return DONE;
  }

  /** The server is shutting down: the connection is closed without a word to the client. */
  @Override
  public void cancel(CancelledException cause) {
    stream.close();
  }
}
