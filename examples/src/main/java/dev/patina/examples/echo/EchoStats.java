package dev.patina.examples.echo;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What an {@link EchoServer} has seen, for tests and for its log line at shutdown: connections
 * accepted, finished cleanly (the client ended its stream), failed (a reset, an I/O error) and
 * accept failures. Updated once per connection, never per message.
 */
public final class EchoStats {

  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong finished = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong acceptFailures = new AtomicLong();
  private final AtomicReference<Throwable> lastFailure = new AtomicReference<>();

  void onAccepted() {
    accepted.incrementAndGet();
  }

  void onFinished() {
    finished.incrementAndGet();
  }

  void onFailed(Throwable cause) {
    failed.incrementAndGet();
    lastFailure.set(cause);
  }

  void onAcceptFailed(Throwable cause) {
    acceptFailures.incrementAndGet();
    lastFailure.set(cause);
  }

  /** Connections accepted so far. */
  public long accepted() {
    return accepted.get();
  }

  /** Connections whose client ended the stream, after everything was echoed. */
  public long finished() {
    return finished.get();
  }

  /** Connections that ended with an error (reset by the client, an I/O failure). */
  public long failed() {
    return failed.get();
  }

  /** Accepts that failed (for example for lack of file descriptors); the server went on. */
  public long acceptFailures() {
    return acceptFailures.get();
  }

  /** Connections accepted and not yet ended. */
  public long open() {
    return accepted() - finished() - failed();
  }

  /** The most recent failure of a connection or an accept, or null. */
  public Throwable lastFailure() {
    return lastFailure.get();
  }

  @Override
  public String toString() {
    return "accepted " + accepted() + ", finished " + finished() + ", failed " + failed()
        + ", accept failures " + acceptFailures();
  }
}
