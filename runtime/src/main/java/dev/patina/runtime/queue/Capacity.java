package dev.patina.runtime.queue;

/** Capacity arithmetic shared by the array-based queues. */
final class Capacity {

  private Capacity() {}

  /** The smallest power of two that is at least {@code n} ({@code 1 <= n <= 2^30}). */
  static int ceilPowerOfTwo(int n) {
    return n <= 1 ? 1 : Integer.highestOneBit(n - 1) << 1;
  }
}
