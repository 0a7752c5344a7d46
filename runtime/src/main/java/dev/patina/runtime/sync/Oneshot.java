package dev.patina.runtime.sync;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import dev.patina.runtime.future.Waker;
import dev.patina.runtime.task.Coop;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * A channel for exactly one value: Tokio's {@code oneshot}. {@link #channel()} makes a {@link
 * Sender} and a {@link Receiver}; the receiver is the future of the value.
 *
 * <pre>{@code
 * Oneshot.Channel<Report> ch = Oneshot.channel();
 * worker.submit(() -> ch.tx().send(compute()));
 * Report r = await(ch.rx());
 * }</pre>
 *
 * <ul>
 *   <li>{@link Sender#send} delivers the value at most once: a second call throws {@link
 *       IllegalStateException}. {@link Sender#close()} without a value makes the receiver fail
 *       with {@link ClosedException} ("the oneshot sender was dropped without sending a value");
 *       after a send it does nothing, so the sender fits try-with-resources.
 *   <li>{@link Receiver#close()} tells the sender no one listens any more: {@link
 *       Sender#isClosed()} turns true, {@link Sender#closed()} completes and later sends return
 *       false. A value sent before the close can still be received.
 * </ul>
 *
 * <p>Values must not be {@code null}, so that {@link Receiver#tryRecv()} can say "nothing yet"
 * with {@code null}. What allocates: the channel (three objects) and the receiver's ready poll.
 */
public final class Oneshot {

  private Oneshot() {}

  /** A new channel: its sender and receiver. */
  public static <T> Channel<T> channel() {
    Inner<T> inner = new Inner<>();
    return new Channel<>(new Sender<>(inner), new Receiver<>(inner));
  }

  /**
   * The two ends of a oneshot channel.
   *
   * @param tx the sending end
   * @param rx the receiving end, a future of the value
   * @param <T> the type of the value
   */
  public record Channel<T>(Sender<T> tx, Receiver<T> rx) {}

  private static final int VALUE = 1; // the value is stored
  private static final int TX_DONE = 2; // the sender sent or closed
  private static final int RX_CLOSED = 4; // the receiver closed
  private static final int RX_DONE = 8; // the receiver returned its result

  /** The state both ends share. */
  private static final class Inner<T> {
    private static final VarHandle STATE =
        Handles.field(MethodHandles.lookup(), Inner.class, "state", int.class);

    @SuppressWarnings("unused") // accessed through STATE
    private volatile int state;

    // written by the sender before the CAS that sets VALUE, read by the receiver after it sees
    // VALUE: the CAS (release) and the receiver's volatile read (acquire) order the two
    T value;
    // volatile: each end stores its waker, then reads the state; the other end changes the
    // state (CAS), then reads the waker. All four are sequentially consistent, so either the
    // waiter sees the new state or the changer sees the waker (a Dekker pair; no lost wake-up)
    volatile Waker rxWaker;
    volatile Waker txWaker;

    // every access to the state is volatile (sequentially consistent): each is one half of a
    // Dekker pair with a waker field, and the CAS that sets VALUE publishes the value
    int state() {
      return (int) STATE.getVolatile(this);
    }

    /** Sets {@code bits}; returns the state before. */
    int set(int bits) {
      return (int) STATE.getAndBitwiseOr(this, bits);
    }

    boolean cas(int expected, int next) {
      return STATE.compareAndSet(this, expected, next);
    }
  }

  /**
   * The sending end. Use it from one thread at a time; it may be handed to another thread or task
   * (it is not confined).
   *
   * @param <T> the type of the value
   */
  public static final class Sender<T> implements AutoCloseable {
    private final Inner<T> inner;

    private Sender(Inner<T> inner) {
      this.inner = inner;
    }

    /**
     * Sends {@code value} and wakes the receiver.
     *
     * @return true if the value was delivered; false if the receiver had closed (the value is
     *     dropped)
     * @throws IllegalStateException if this sender already sent or was closed
     */
    public boolean send(T value) {
      Objects.requireNonNull(value, "value");
      while (true) {
        int s = inner.state();
        if ((s & TX_DONE) != 0) {
          throw new IllegalStateException(
              (s & VALUE) != 0
                  ? "the oneshot sender already sent a value: a oneshot channel carries one"
                  : "the oneshot sender was closed: it cannot send any more");
        }
        boolean delivered = (s & RX_CLOSED) == 0;
        if (delivered) {
          inner.value = value;
        }
        if (inner.cas(s, s | TX_DONE | (delivered ? VALUE : 0))) {
          if (delivered) {
            wake(inner.rxWaker);
          } else {
            inner.value = null;
          }
          return delivered;
        }
        // the receiver closed meanwhile: decide again
      }
    }

    /**
     * Drops the sender: if it has not sent, the receiver fails with {@link ClosedException}.
     * Idempotent, and a no-op after {@link #send}.
     */
    @Override
    public void close() {
      int before = inner.set(TX_DONE);
      if ((before & TX_DONE) == 0) {
        wake(inner.rxWaker);
      }
    }

    /** Whether the receiver has closed (no value sent from now on will be received). */
    public boolean isClosed() {
      return (inner.state() & RX_CLOSED) != 0;
    }

    /** A future that completes when the receiver closes; for a producer to stop early. */
    public Future<Void> closed() {
      return this::pollClosed;
    }

    private Poll<Void> pollClosed(Context cx) {
      if ((inner.state() & RX_CLOSED) != 0) {
        return Coop.proceed(cx) ? Poll.ready() : Poll.pending();
      }
      Waker w = cx.waker();
      Waker stored = inner.txWaker;
      if (stored == null || !w.willWake(stored)) {
        inner.txWaker = w;
      }
      // re-read after publishing the waker: the Dekker pair with Receiver.close
      if ((inner.state() & RX_CLOSED) != 0) {
        return Coop.proceed(cx) ? Poll.ready() : Poll.pending();
      }
      return Poll.pending();
    }
  }

  /**
   * The receiving end: a future of the value. It fails with {@link ClosedException} if the
   * sender is closed without sending, or if this receiver was closed before a value came.
   *
   * @param <T> the type of the value
   */
  public static final class Receiver<T> implements Future<T>, AutoCloseable {
    private final Inner<T> inner;

    private Receiver(Inner<T> inner) {
      this.inner = inner;
    }

    @Override
    public Poll<T> poll(Context cx) {
      int s = inner.state();
      if ((s & RX_DONE) != 0) {
        throw new IllegalStateException("the oneshot receiver was polled after it finished");
      }
      if ((s & TX_DONE) == 0 && (s & RX_CLOSED) == 0) {
        Waker w = cx.waker();
        Waker stored = inner.rxWaker;
        if (stored == null || !w.willWake(stored)) {
          inner.rxWaker = w;
        }
        // re-read after publishing the waker: the Dekker pair with send and close
        s = inner.state();
        if ((s & TX_DONE) == 0 && (s & RX_CLOSED) == 0) {
          return Poll.pending();
        }
      }
      // the result is there: let the task's budget decide when to take it
      if (!Coop.proceed(cx)) {
        return Poll.pending();
      }
      inner.set(RX_DONE);
      return result(s);
    }

    private Poll<T> result(int s) {
      if ((s & VALUE) != 0) {
        T v = inner.value;
        inner.value = null;
        return Poll.ready(v);
      }
      return Poll.failed(
          new ClosedException(
              (s & RX_CLOSED) != 0
                  ? "the oneshot receiver was closed before a value came"
                  : "the oneshot sender was dropped without sending a value"));
    }

    /**
     * The value if it is there, {@code null} if not yet; never waits.
     *
     * @throws ClosedException if the sender was closed without sending
     * @throws IllegalStateException if the value was already taken
     */
    public T tryRecv() {
      int s = inner.state();
      if ((s & RX_DONE) != 0) {
        throw new IllegalStateException("the oneshot value was already received");
      }
      if ((s & TX_DONE) == 0) {
        return null;
      }
      inner.set(RX_DONE);
      return result(s).valueOrThrow();
    }

    /**
     * Closes the receiving end: the sender sees {@link Sender#isClosed()}, its {@link
     * Sender#closed()} completes, and later sends return false. A value sent before this can still
     * be received. Idempotent.
     */
    @Override
    public void close() {
      int before = inner.set(RX_CLOSED);
      if ((before & RX_CLOSED) == 0) {
        wake(inner.txWaker);
      }
    }
  }

  private static void wake(Waker w) {
    if (w != null) {
      w.wake();
    }
  }
}
