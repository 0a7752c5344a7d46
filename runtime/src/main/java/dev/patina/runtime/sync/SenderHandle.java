package dev.patina.runtime.sync;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What the bounded and unbounded mpsc senders share: the channel, and this handle's share of the
 * sender count. The receiver sees the channel closed when every handle, clones included, is
 * closed.
 */
abstract class SenderHandle<T> implements AutoCloseable {

  private static final VarHandle CLOSED =
      Handles.field(MethodHandles.lookup(), SenderHandle.class, "closed", boolean.class);

  final Chan<T> chan;

  // volatile: read by beginPush and addSender after their RMW on the channel state, written
  // (by CAS) before close's RMW: see Chan.beginPush
  @SuppressWarnings("unused") // accessed through CLOSED
  private volatile boolean closed;

  SenderHandle(Chan<T> chan) {
    this.chan = chan;
  }

  /** Whether this handle was closed (other clones may still send). */
  public final boolean isClosed() {
    return closed;
  }

  /** Whether the receiver has closed or is gone: sends fail from now on. */
  public final boolean isReceiverClosed() {
    return chan.isRxClosed();
  }

  /**
   * Closes this handle. When the last handle of the channel closes, the receiver gets the messages
   * already sent and then {@code null}. Idempotent.
   */
  @Override
  public final void close() {
    // CAS: exactly one close of this handle gives its share of the count back
    if (CLOSED.compareAndSet(this, false, true)) {
      chan.dropSender();
    }
  }

  /** Throws if the channel cannot take a clone of this handle. */
  final void checkCloneable() {
    if (!chan.addSender(this)) {
      throw new IllegalStateException("a closed sender cannot be cloned");
    }
  }
}
