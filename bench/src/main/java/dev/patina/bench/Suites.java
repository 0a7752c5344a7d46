package dev.patina.bench;

import java.util.List;
import java.util.Optional;

/** Every benchmark suite, in the order {@code ./patina bench} lists them. Add a suite here. */
public final class Suites {

  private static final List<Suite> ALL = List.of(
      new Suite("reflect", "@Reflect tables, the ByteBuddy fallback, java.lang.reflect and MethodHandle against a direct call",
          "dev.patina.bench.reflect"),
      new Suite("executor", "Patina's executors (spawn, yield, ping-pong, hand-off, wake+poll) against ForkJoinPool, CompletableFuture, virtual threads, Netty and Tokio",
          "dev.patina.bench.executor"),
      new Suite("queue", "Patina's MS and MPMC queues against ConcurrentLinkedQueue, ArrayBlockingQueue and JCTools' MpmcArrayQueue",
          "dev.patina.bench.queue"),
      new Suite("gb", "Game Boy emulator: steady-state headless frames per second on cpu_instrs.gb",
          "dev.patina.bench.gb", Suite.JmhDefaults.STANDARD,
          List.of(new Suite.Yardstick("real time", 4_194_304.0 / 70_224))),
      new Suite("alloc", "BumpArena and SlabPool against Arena.ofConfined() per allocation, allocateDirect and byte[]",
          "dev.patina.bench.alloc"),
      new Suite("timer", "scheduling and cancelling 100k timers: Patina's wheel and Timer against ScheduledThreadPoolExecutor and Netty's HashedWheelTimer (1 ms tick)",
          "dev.patina.bench.timer"),
      new Suite("struct", "reading every field of a binary record: a @Struct view, ByteBuffer, hand-written ValueLayouts",
          "dev.patina.bench.struct"),
      new Suite("channel", "oneshot and mpsc channels polled on the current thread against CompletableFuture, ArrayBlockingQueue and ConcurrentLinkedQueue",
          "dev.patina.bench.channel"),
      new Suite("echo", "loopback TCP echo of 64 B messages: Patina's reactor and executor against Netty 4.2 (1 NIO loop)",
          "dev.patina.bench.echo"),
      new Suite("async", "@Async state machines: a chain of 10 awaits against CompletableFuture.thenCompose and virtual threads; calls through an async trait, B/op per call and per await",
          "dev.patina.bench.async"));

  private Suites() {}

  /** All suites. */
  public static List<Suite> all() {
    return ALL;
  }

  /** The suite called {@code name}, if there is one. */
  public static Optional<Suite> named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
