/**
 * The {@code async} suite: the state machines the {@code @Async} rewriter generates, polled on the
 * benchmark thread with one reused context, against {@code CompletableFuture.thenCompose} chains
 * and virtual threads ({@link dev.patina.bench.async.ReadyChainBench}, {@link
 * dev.patina.bench.async.SuspendingChainBench}: a chain of ten awaits, whose steps are ready at
 * once or suspend once); and calls through an async trait, the examples' {@code KeyValueStore}
 * ({@link dev.patina.bench.async.TraitCallBench}, {@link dev.patina.bench.async.AwaitCountBench}),
 * whose {@code B/op} shows one machine per call and nothing per await. Run with {@code -prof gc}
 * (the default) for {@code B/op}; docs/runtime/async-trait.md reads the figures.
 */
package dev.patina.bench.async;
