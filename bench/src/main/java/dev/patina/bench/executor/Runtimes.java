package dev.patina.bench.executor;

import dev.patina.runtime.executor.CurrentThreadExecutor;
import dev.patina.runtime.executor.WorkStealingExecutor;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Every runtime a benchmark may use, with {@link #workers} threads where the runtime has a pool:
 * Patina's work-stealing executor and the {@code ForkJoinPool}. The current-thread executor runs
 * on the benchmark thread, Netty chains stay on one event loop, and virtual threads use the JDK's
 * scheduler, so those ignore the parameter.
 */
@State(Scope.Benchmark)
public class Runtimes {

  /** Worker threads (Tokio's companion rows use the same numbers). */
  @Param({"1", "2"})
  public int workers;

  public WorkStealingExecutor workStealing;
  public CurrentThreadExecutor currentThread;
  public ForkJoinPool forkJoin;
  public EventLoopGroup nettyGroup;
  public EventLoop netty;

  @Setup(Level.Trial)
  public void start() {
    workStealing = new WorkStealingExecutor(workers);
    currentThread = new CurrentThreadExecutor();
    forkJoin = new ForkJoinPool(workers);
    nettyGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    netty = nettyGroup.next();
  }

  @TearDown(Level.Trial)
  public void stop() throws InterruptedException {
    workStealing.shutdown();
    currentThread.shutdown();
    forkJoin.shutdownNow();
    nettyGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).await();
  }
}
