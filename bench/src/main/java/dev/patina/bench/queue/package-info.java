/**
 * The {@code queue} suite (systems-anchors §5, "Queues"): Patina's {@code MsQueue} and {@code
 * MpmcArrayQueue} against {@code ConcurrentLinkedQueue}, {@code ArrayBlockingQueue} (the baseline
 * of every ratio) and JCTools' {@code MpmcArrayQueue}.
 *
 * <ul>
 *   <li>{@link dev.patina.bench.queue.UncontendedBench}: one thread offers then polls; ns/op and
 *       B/op (a linked queue allocates a node per element, an array queue nothing).
 *   <li>{@link dev.patina.bench.queue.ThroughputBench}: producer and consumer groups, 1P1C (the
 *       only configuration that is not oversubscribed on two CPUs) and 2P2C; spin with {@code
 *       Thread.onSpinWait()} on a failed offer or poll, counted apart; occupancy capped by the
 *       harness at 16k elements, half the bounded queues' capacity, so that no queue is measured
 *       full and the unbounded queues cannot win by growing.
 *   <li>{@link dev.patina.bench.queue.BurstBench}: the round trip of a burst of b elements through
 *       one queue and back through another, b in {1, 10, 100}: the fairest latency comparison of
 *       linked and array queues.
 * </ul>
 */
package dev.patina.bench.queue;
