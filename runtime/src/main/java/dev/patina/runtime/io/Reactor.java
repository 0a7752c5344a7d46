package dev.patina.runtime.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A thread that waits on a {@link Selector} and wakes the tasks whose channels became ready: the
 * I/O driver under {@code dev.patina.runtime.net} (Tokio's reactor, with the JDK's selector in the
 * role of mio).
 *
 * <p>Only the reactor thread touches the selector and its keys. Other threads ask for changes —
 * "watch this channel for reading again", "stop watching it" — by putting the channel's {@link
 * Registration} on a lock-free stack and calling {@link Selector#wakeup()}; the reactor applies them
 * before its next {@code select}. They never call {@link SelectionKey#interestOps(int)} or {@link
 * SelectableChannel#register} themselves: the JDK allows both to block while a selection is in
 * progress ("in a naive implementation, reading or writing the interest set may block
 * indefinitely", {@code SelectionKey}'s Javadoc), so a task could stall until an unrelated socket
 * became ready. The stack is intrusive (a field in each registration) and a registration is on it
 * at most once, so asking allocates nothing.
 *
 * <p>{@link #shared()} is the process-wide reactor the TCP types use by default; {@link #open}
 * starts a private one, which {@link #close()} shuts down.
 */
public final class Reactor implements AutoCloseable {

  private static final VarHandle PENDING;

  static {
    try {
      PENDING = MethodHandles.lookup().findVarHandle(Reactor.class, "pending", Registration.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final class Shared {
    static final Reactor INSTANCE = start("patina-reactor", true);
  }

  private final Selector selector;
  private final Thread thread;
  private final boolean shared;
  private final Consumer<SelectionKey> onSelected = this::onSelected;

  // the head of the stack of registrations with pending interest changes (see Registration)
  private volatile Registration pending;

  private volatile boolean closing;

  private Reactor(String name, boolean shared) throws IOException {
    this.shared = shared;
    this.selector = Selector.open();
    this.thread = Thread.ofPlatform().name(name).daemon(true).unstarted(this::run);
  }

  /**
   * Starts a reactor on a new daemon thread called {@code name}.
   *
   * @throws UncheckedIOException if the JDK cannot open a selector (out of file descriptors)
   */
  public static Reactor open(String name) {
    return start(name, false);
  }

  private static Reactor start(String name, boolean shared) {
    Objects.requireNonNull(name, "name");
    Reactor reactor;
    try {
      reactor = new Reactor(name, shared);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a selector for reactor " + name, e);
    }
    reactor.thread.start();
    return reactor;
  }

  /** The process-wide reactor, started on first use on the daemon thread {@code patina-reactor}. */
  public static Reactor shared() {
    return Shared.INSTANCE;
  }

  /**
   * Registers a channel, which is put in non-blocking mode. The registration starts ready in both
   * directions (the first system call finds out); the selector watches a direction only after a
   * call would block.
   *
   * @throws IOException if the channel is closed or cannot be made non-blocking
   * @throws IllegalStateException if this reactor is closed
   */
  public Registration register(SelectableChannel channel) throws IOException {
    Objects.requireNonNull(channel, "channel");
    if (closing) {
      throw new IllegalStateException("reactor " + thread.getName() + " is closed");
    }
    channel.configureBlocking(false);
    return new Registration(this, channel);
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closing;
  }

  /**
   * Shuts the reactor down: its thread stops, the selector is closed, and every registration is
   * closed, so the futures waiting on them fail with an {@link IOException} instead of hanging.
   * Channels are not closed; their owners close them. Waits for the thread to finish unless called
   * on it. Closing the {@linkplain #shared() shared} reactor is not allowed.
   */
  @Override
  public void close() {
    if (shared) {
      throw new IllegalStateException("the shared reactor lives as long as the process");
    }
    closing = true;
    selector.wakeup();
    if (Thread.currentThread() != thread) {
      boolean interrupted = false;
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Any thread: asks the reactor to apply {@code ops} to {@code r} before its next select. */
  void request(Registration r, int ops) {
    if (!r.addPending(ops)) {
      return; // already on the stack; the reactor will see the new bits when it takes it
    }
    Registration head;
    do {
      head = (Registration) PENDING.getVolatile(this);
      r.nextPending = head;
    } while (!PENDING.compareAndSet(this, head, r));
    if (head == null) {
      // the first request since the reactor last emptied the stack; later ones ride on this wake
      selector.wakeup();
    }
    if (closing) {
      r.markClosed(closedMessage());
    }
  }

  private void run() {
    try {
      while (!closing) {
        applyPending();
        selector.select(onSelected);
        // an interrupt would make every later select return at once; close() is how to stop
        Thread.interrupted();
      }
    } catch (IOException | RuntimeException e) {
      // the selector itself failed: nothing can be watched any more, so tell every waiter why
      shutDown("reactor " + thread.getName() + " failed: " + e);
      throw new IllegalStateException("reactor " + thread.getName() + " failed", e);
    }
    shutDown(closedMessage());
  }

  private String closedMessage() {
    return "reactor " + thread.getName() + " is closed";
  }

  private void applyPending() {
    Registration r = (Registration) PENDING.getAndSet(this, (Registration) null);
    while (r != null) {
      Registration next = r.nextPending;
      r.nextPending = null;
      apply(r, r.takePending());
      r = next;
    }
  }

  private void apply(Registration r, int ops) {
    SelectionKey key = r.key;
    if ((ops & Registration.DEREGISTER) != 0) {
      if (key != null) {
        key.cancel();
      }
      r.markClosed("the channel was deregistered");
      return;
    }
    int nio = r.nioOps(ops);
    if (nio == 0 || r.isClosed()) {
      return;
    }
    try {
      if (key == null) {
        r.key = r.channel().register(selector, nio, r);
      } else {
        key.interestOps(key.interestOps() | nio);
      }
    } catch (ClosedChannelException | CancelledKeyException e) {
      r.markClosed("the channel is closed");
    }
  }

  private void onSelected(SelectionKey key) {
    Registration r = (Registration) key.attachment();
    try {
      int ready = key.readyOps();
      // a finished connect is reported once: OP_CONNECT on a connected socket would fire forever
      int oneShot = (ready & SelectionKey.OP_CONNECT) != 0 ? Interest.WRITABLE.bit : 0;
      int stop = r.dispatch(Registration.interestBits(ready), oneShot);
      if (stop != 0) {
        // the task has not consumed the last report yet: stop watching until it would block,
        // or the level-triggered selector would report the same readiness on every select
        key.interestOps(key.interestOps() & ~Registration.nioOpsToStop(stop));
      }
    } catch (CancelledKeyException e) {
      r.markClosed("the channel is closed");
    }
  }

  private void shutDown(String reason) {
    for (SelectionKey key : selector.keys()) {
      if (key.attachment() instanceof Registration r) {
        r.markClosed(reason);
      }
    }
    Registration r = (Registration) PENDING.getAndSet(this, (Registration) null);
    while (r != null) {
      Registration next = r.nextPending;
      r.markClosed(reason);
      r = next;
    }
    try {
      selector.close();
    } catch (IOException e) {
      // nothing is left to report it to: the registrations are closed already
    }
  }

  @Override
  public String toString() {
    return "Reactor[" + thread.getName() + (closing ? ", closed]" : "]");
  }
}
