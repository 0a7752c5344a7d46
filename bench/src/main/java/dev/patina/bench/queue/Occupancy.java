package dev.patina.bench.queue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * How many elements a throughput group has offered and polled, kept outside the queue so that
 * producers can stop at {@link #CAP} without calling {@code size()} (O(n) on linked queues) and
 * without relying on a bounded queue's "full". Each
 * thread owns one counter on a cache line of its own; producers add them up every {@link
 * #CHECK_EVERY} offers, so the cap is approximate and costs the queue under test almost nothing.
 */
final class Occupancy {

  /** The capacity of the bounded queues under test. */
  static final int CAPACITY = 32 * 1024;

  /**
   * Producers wait while more than this many elements are in the queue: half the capacity, so a
   * bounded queue is never full and every queue, bounded or not, waits the same way (here).
   */
  static final long CAP = CAPACITY / 2;

  /** Producers look at the counters once per this many offers. */
  static final int CHECK_EVERY = 64;

  private static final int STRIDE = 16; // longs: 128 bytes between counters
  private static final VarHandle COUNT = MethodHandles.arrayElementVarHandle(long[].class);

  private final long[] offered;
  private final long[] polled;

  Occupancy(int producers, int consumers) {
    offered = new long[producers * STRIDE];
    polled = new long[consumers * STRIDE];
  }

  /** Called by producer {@code i} after a successful offer; returns its count. */
  long offered(int i) {
    int at = i * STRIDE;
    long n = offered[at] + 1; // plain: only producer i writes its counter
    COUNT.setOpaque(offered, at, n); // opaque: read by other threads, needs no ordering
    return n;
  }

  /** Called by consumer {@code i} after a successful poll. */
  void polled(int i) {
    int at = i * STRIDE;
    COUNT.setOpaque(polled, at, polled[at] + 1); // as in offered
  }

  /** Offered minus polled, from counters that may each be a little stale. */
  long estimate() {
    return sum(offered) - sum(polled);
  }

  private static long sum(long[] counters) {
    long s = 0;
    for (int at = 0; at < counters.length; at += STRIDE) {
      s += (long) COUNT.getOpaque(counters, at); // opaque: an estimate
    }
    return s;
  }
}
