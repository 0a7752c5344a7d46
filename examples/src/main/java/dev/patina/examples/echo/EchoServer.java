package dev.patina.examples.echo;

import dev.patina.runtime.executor.CurrentThreadExecutor;
import dev.patina.runtime.executor.Executor;
import dev.patina.runtime.executor.ExecutorOptions;
import dev.patina.runtime.executor.WorkStealingExecutor;
import dev.patina.runtime.io.Reactor;
import dev.patina.runtime.net.TcpListener;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A TCP echo server on Patina's runtime: a task per connection on an {@link Executor}, sockets
 * watched by a {@link Reactor} of its own. Every byte a client sends comes back; a client that
 * resets, sends nothing or leaves mid-message ends only its own connection.
 *
 * <pre>{@code
 * try (EchoServer server = EchoServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
 *   LoadReport report = LoadGenerator.run(new LoadConfig(server.address(), 1000, 20, 64, Duration.ofSeconds(30)));
 * }
 * }</pre>
 *
 * <p>Threads: the executor's (the current-thread executor runs every task on the server's own
 * thread, {@code echo-server}) and the reactor's ({@code echo-reactor}). {@link #close()} stops it:
 * the listener closes, the accept loop ends, the executor shuts down and drops the connection tasks
 * (which close their sockets), and the reactor stops.
 */
public final class EchoServer implements AutoCloseable {

  private final Reactor reactor;
  private final InetSocketAddress address;
  private final Executor executor;
  private final AcceptLoop loop;
  private final EchoStats stats = new EchoStats();
  private final Thread thread;
  private volatile RuntimeException failure;

  private EchoServer(Reactor reactor, TcpListener listener, Executor executor) throws IOException {
    this.reactor = reactor;
    this.address = listener.localAddress();
    this.executor = executor;
    this.loop = new AcceptLoop(listener, executor, stats);
    this.thread = Thread.ofPlatform().name("echo-server").unstarted(this::serve);
  }

  /** Starts a server on {@code address} (port 0: any free port) with a current-thread executor. */
  public static EchoServer start(InetSocketAddress address) throws IOException {
    return start(address, new CurrentThreadExecutor(ExecutorOptions.defaults("echo")));
  }

  /**
   * Starts a server on {@code address} whose connection tasks run on {@code executor}; the server
   * shuts the executor down when it stops.
   */
  public static EchoServer start(InetSocketAddress address, Executor executor) throws IOException {
    Reactor reactor = Reactor.open("echo-reactor");
    try {
      TcpListener listener = TcpListener.bind(address, TcpListener.DEFAULT_BACKLOG, reactor);
      EchoServer server = new EchoServer(reactor, listener, executor);
      server.thread.start();
      return server;
    } catch (IOException | RuntimeException e) {
      reactor.close();
      throw e;
    }
  }

  /** The address the server listens on, with the port the system picked. */
  public InetSocketAddress address() {
    return address;
  }

  /** What the server has seen so far. */
  public EchoStats stats() {
    return stats;
  }

  /** Stops the server and waits until its threads have finished. Calling it twice is harmless. */
  @Override
  public void close() {
    loop.stop();
    awaitStopped();
  }

  /**
   * Waits until the server has stopped (after {@link #close()}, possibly from another thread).
   *
   * @throws IllegalStateException if the server stopped because its accept loop failed
   */
  public void awaitStopped() {
    boolean interrupted = false;
    // join, not just the latch: the thread is finished, not merely past its last statement
    while (Thread.currentThread() != thread && thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw new IllegalStateException("the echo server failed", failure);
    }
  }

  private void serve() {
    try {
      executor.blockOn(loop);
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      executor.shutdown();
      reactor.close();
    }
  }

  /**
   * Runs the server on 127.0.0.1: {@code [port] [workers]} (defaults 0, any free port, and 0, the
   * current-thread executor; {@code workers > 0} runs the tasks on a work-stealing executor with
   * that many threads). Prints the port, and stops cleanly on Ctrl-C (SIGINT) or SIGTERM.
   */
  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    int workers = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    EchoServer server = workers > 0
        ? start(address, new WorkStealingExecutor(workers, ExecutorOptions.defaults("echo")))
        : start(address);
    Runtime.getRuntime()
        .addShutdownHook(
            Thread.ofPlatform().name("echo-shutdown").unstarted(() -> {
              server.close();
              System.out.println("echo server stopped: " + server.stats());
            }));
    System.out.println("echo server listening on " + server.address().getHostString() + ":"
        + server.address().getPort());
    server.awaitStopped();
  }
}
