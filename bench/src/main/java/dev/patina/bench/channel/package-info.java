/**
 * The {@code channel} suite: Patina's sync channels on the current-thread path, polled by hand
 * with one reused context (as an executor polls), against the JDK's nearest peers — a oneshot
 * round trip against a {@code CompletableFuture}, and bounded and unbounded mpsc send+receive
 * against {@code ArrayBlockingQueue} and {@code ConcurrentLinkedQueue}. Run it with {@code -prof
 * gc}: the bounded channel's send+recv should allocate 0 B/op.
 */
package dev.patina.bench.channel;
