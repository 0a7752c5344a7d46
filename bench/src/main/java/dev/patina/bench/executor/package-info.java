/**
 * The {@code executor} suite: Patina's work-stealing and current-thread executors against a
 * {@code ForkJoinPool}, {@code CompletableFuture} chains, virtual threads, Netty's event loop and —
 * through the suite's companion, {@code bench/tokio} — Tokio 1.24.2, in the same run
 * (systems-anchors §5 "Runtime").
 *
 * <p>Each benchmark's JMH operation is one spawn (or one yield, one ping, one hand-off), by {@code
 * @OperationsPerInvocation}, so scores are nanoseconds per spawn and {@code B/op} is bytes per
 * spawn. Spawning inside an executor ({@link dev.patina.bench.executor.ChainedSpawnBench}, {@link
 * dev.patina.bench.executor.SpawnManyBench}) is reported apart from the cross-thread hand-off
 * ({@link dev.patina.bench.executor.HandoffBench}), which a park/unpark dominates.
 */
package dev.patina.bench.executor;
