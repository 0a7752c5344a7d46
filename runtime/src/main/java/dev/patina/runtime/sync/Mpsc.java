package dev.patina.runtime.sync;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * Multi-producer, single-consumer channels: Tokio's {@code mpsc}. Messages arrive in the order
 * they were sent (per sender, and across senders in the order their sends took effect).
 *
 * <ul>
 *   <li>{@link #bounded(int)}: at most {@code capacity} messages wait; {@link Sender#send} waits
 *       for a free place, first come first served. Sending and receiving allocate nothing.
 *   <li>{@link #unbounded()}: sends never wait; each message costs one list node.
 * </ul>
 *
 * <p>{@link Receiver#recv()} completes with {@code null} once every sender is closed (or the
 * receiver closed) and every message sent before is received, as Tokio's returns {@code None}:
 * messages must therefore not be {@code null}. Senders are cloned with {@code clone()} and closed
 * with {@code close()}; the receiver's {@link Receiver#close()} makes later sends fail with {@link
 * ClosedException} but keeps the messages already sent for it to drain.
 *
 * <p>The {@code try} operations never wait: they return {@code false} or {@code null} when they
 * would have to, and throw {@link ClosedException} when they could never succeed.
 */
public final class Mpsc {

  private Mpsc() {}

  /** A channel that holds at most {@code capacity} (at least 1) messages. */
  public static <T> Channel<T> bounded(int capacity) {
    BoundedChan<T> chan = new BoundedChan<>(capacity);
    return new Channel<>(new Sender<>(chan), new Receiver<>(chan));
  }

  /** A channel without a bound: sends never wait. */
  public static <T> UnboundedChannel<T> unbounded() {
    UnboundedChan<T> chan = new UnboundedChan<>();
    return new UnboundedChannel<>(new UnboundedSender<>(chan), new Receiver<>(chan));
  }

  /**
   * The ends of a bounded channel.
   *
   * @param tx the first sender (clone it for more)
   * @param rx the receiver
   * @param <T> the type of the messages
   */
  public record Channel<T>(Sender<T> tx, Receiver<T> rx) {}

  /**
   * The ends of an unbounded channel.
   *
   * @param tx the first sender (clone it for more)
   * @param rx the receiver
   * @param <T> the type of the messages
   */
  public record UnboundedChannel<T>(UnboundedSender<T> tx, Receiver<T> rx) {}

  /**
   * A sender of a bounded channel. A handle may be shared by several tasks and threads; {@link
   * #clone()} makes another handle, and the receiver sees the channel closed when all are closed.
   *
   * @param <T> the type of the messages
   */
  public static final class Sender<T> extends SenderHandle<T> {
    private static final VarHandle CACHED_BUSY =
        Handles.field(MethodHandles.lookup(), Sender.class, "cachedBusy", int.class);

    private final BoundedChan<T> bounded;
    private final Send<T> cached;

    /** 1 while the cached send future is handed out and not finished. */
    @SuppressWarnings("unused") // accessed through CACHED_BUSY
    private volatile int cachedBusy;

    private Sender(BoundedChan<T> chan) {
      super(chan);
      this.bounded = chan;
      this.cached = new Send<>(this, true);
    }

    /**
     * A future that sends {@code message} once a place is free: ready when it is in the channel,
     * failed with {@link ClosedException} if the receiver is closed first (the message is not
     * delivered). Senders waiting for a place are served in FIFO order; {@link Send#cancel()}
     * gives up the place in the queue without delivering.
     *
     * <p>A handle reuses one future for its sends, so a loop that sends and awaits allocates
     * nothing: once a send future has finished, do not poll or cancel it again. While it is busy
     * (two sends in flight on one handle) a new future is made.
     */
    public Send<T> send(T message) {
      Objects.requireNonNull(message, "message");
      // CAS: claims the cached future; its release in Send.finish makes the previous use's
      // writes visible
      Send<T> s = CACHED_BUSY.compareAndSet(this, 0, 1) ? cached : new Send<>(this, false);
      s.start(message);
      return s;
    }

    /**
     * Sends {@code message} if a place is free and no sender waits for one; never waits.
     *
     * @return false if the channel is full
     * @throws ClosedException if the receiver is closed, or this handle is
     */
    public boolean trySend(T message) {
      Objects.requireNonNull(message, "message");
      // refuse before taking a permit: a permit held only to be given back would make a
      // concurrent trySend on another handle see a full channel that is not full (Lincheck)
      if (isClosed()) {
        throw new ClosedException("this sender is closed");
      }
      if (isReceiverClosed()) {
        throw new ClosedException("the receiver is closed");
      }
      if (!bounded.permits.tryAcquire(1)) {
        return false;
      }
      return push(message);
    }

    /** How many messages the channel holds at most. */
    public int capacity() {
      return bounded.capacity();
    }

    /** Another handle to the same channel. */
    @Override
    public Sender<T> clone() {
      checkCloneable();
      return new Sender<>(bounded);
    }

    /** With a permit in hand: pushes, or gives the permit back and throws. */
    private boolean push(T message) {
      String refusal = chan.beginPush(this);
      if (refusal != null) {
        bounded.permits.release(1);
        throw new ClosedException(refusal);
      }
      chan.store(message);
      chan.endPush();
      return true;
    }

    private void recycle() {
      // release: the next claimer sees this use's writes
      CACHED_BUSY.setRelease(this, 0);
    }
  }

  /**
   * The future of {@link Sender#send}. Poll and cancel it from the task that owns it.
   *
   * @param <T> the type of the message
   */
  public static final class Send<T> implements Future<Void> {
    private final Sender<T> tx;
    private final boolean recyclable;
    private final Semaphore.Acquire permit;
    // confined to the owner; null once finished
    private T message;

    private Send(Sender<T> tx, boolean recyclable) {
      this.tx = tx;
      this.recyclable = recyclable;
      this.permit = tx.bounded.permits.acquire(1);
    }

    private void start(T m) {
      permit.reset();
      message = m;
    }

    @Override
    public Poll<Void> poll(Context cx) {
      T m = message;
      if (m == null) {
        throw new IllegalStateException("the send future was polled after it finished");
      }
      Poll<Void> p = permit.poll(cx);
      if (!p.isDone()) {
        return p;
      }
      if (p instanceof Poll.Failed<Void>) {
        finish();
        return p;
      }
      try {
        tx.push(m);
      } catch (ClosedException e) {
        finish();
        return Poll.failed(e);
      }
      finish();
      return Poll.ready();
    }

    /**
     * Gives up: the message is not sent, and the place in the queue of waiting senders passes to
     * the next one. A finished send is left alone. Idempotent.
     */
    public void cancel() {
      if (message != null) {
        permit.cancel();
        finish();
      }
    }

    private void finish() {
      message = null;
      if (recyclable) {
        tx.recycle();
      }
    }
  }

  /**
   * A sender of an unbounded channel: {@link #send} never waits.
   *
   * @param <T> the type of the messages
   */
  public static final class UnboundedSender<T> extends SenderHandle<T> {
    private UnboundedSender(UnboundedChan<T> chan) {
      super(chan);
    }

    /**
     * Sends {@code message} at once (it allocates one list node).
     *
     * @throws ClosedException if the receiver is closed, or this handle is
     */
    public void send(T message) {
      Objects.requireNonNull(message, "message");
      String refusal = chan.beginPush(this);
      if (refusal != null) {
        throw new ClosedException(refusal);
      }
      chan.store(message);
      chan.endPush();
    }

    /** Another handle to the same channel. */
    @Override
    public UnboundedSender<T> clone() {
      checkCloneable();
      return new UnboundedSender<>((UnboundedChan<T>) chan);
    }
  }

  /**
   * The receiving end of a channel. It is single-consumer: use it from one task at a time.
   *
   * @param <T> the type of the messages
   */
  public static final class Receiver<T> implements AutoCloseable {
    private final Chan<T> chan;
    private final Future<T> recv;

    private Receiver(Chan<T> chan) {
      this.chan = chan;
      this.recv = chan::pollRecv;
    }

    /**
     * A future of the next message, or of {@code null} once the channel is closed and drained.
     * It is the same future object every time (re-armed by this call), so a loop of {@code
     * await(rx.recv())} allocates nothing for the future; it is cancel-safe: a recv that is
     * dropped before it completes has taken no message.
     */
    public Future<T> recv() {
      chan.rearmRecv();
      return recv;
    }

    /**
     * The next message if there is one now, {@code null} if not; never waits.
     *
     * @throws ClosedException if the channel is closed and every message was received
     */
    public T tryRecv() {
      return chan.tryRecv();
    }

    /**
     * Stops the channel: later sends fail with {@link ClosedException}, waiting senders too; the
     * messages already sent stay to be received. Idempotent.
     */
    @Override
    public void close() {
      chan.closeRx();
    }

    /** Whether no message will come any more: closed (either side) and drained. */
    public boolean isTerminated() {
      return chan.isTerminated();
    }
  }
}
