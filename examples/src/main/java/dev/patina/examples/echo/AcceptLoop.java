package dev.patina.examples.echo;

import dev.patina.runtime.executor.Executor;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.net.TcpListener;
import dev.patina.runtime.net.TcpStream;
import java.io.IOException;

/**
 * The server's main future: accepts connections and spawns an {@link EchoConnection} task for
 * each, until the listener is closed. A failed accept (for example for lack of file descriptors)
 * is counted and the loop yields once before it tries again, so the connection tasks can run and
 * free what is short.
 */
final class AcceptLoop implements Future<Void> {

  private static final Poll<Void> DONE = Poll.ready(null);

  private final TcpListener listener;
  private final Executor executor;
  private final EchoStats stats;
  private volatile boolean stopping;
  private Future<TcpStream> accept;

  AcceptLoop(TcpListener listener, Executor executor, EchoStats stats) {
    this.listener = listener;
    this.executor = executor;
    this.stats = stats;
  }

  /** Makes the next failure of accept (the listener being closed) end the loop. */
  void stop() {
    stopping = true;
    listener.close();
  }

  @Override
  public Poll<Void> poll(Context cx) {
    while (true) {
      if (accept == null) {
        accept = listener.accept();
      }
      Poll<TcpStream> next = accept.poll(cx);
      if (next instanceof Poll.Pending) {
        return Poll.pending();
      }
      accept = null;
      switch (next) {
        case Poll.Ready<TcpStream>(TcpStream stream) -> spawn(stream);
        case Poll.Failed<TcpStream>(Throwable cause) -> {
          if (stopping) {
            return DONE;
          }
          stats.onAcceptFailed(cause);
          cx.waker().wake();
          return Poll.pending();
        }
        case Poll.Pending<TcpStream> p -> throw new AssertionError("handled above");
      }
    }
  }

  private void spawn(TcpStream stream) {
    stats.onAccepted();
    try {
      stream.setNoDelay(true);
      executor.spawn(new EchoConnection(stream, stats)).detach();
    } catch (IOException | RuntimeException e) {
      // the socket died before its task started, or the executor is shutting down
      stream.close();
      stats.onFailed(e);
    }
  }
}
