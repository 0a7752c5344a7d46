package dev.patina.runtime.net;

import dev.patina.runtime.future.Poll;

/**
 * The ready poll of a byte count, kept for the next operation: a loop over fixed-size messages
 * gets the same count every time, so its reads and writes allocate no {@code Poll} either.
 */
final class ReadyCount {

  private int count = Integer.MIN_VALUE;
  private Poll<Integer> ready;

  Poll<Integer> of(int n) {
    if (n != count) {
      count = n;
      ready = Poll.ready(n);
    }
    return ready;
  }
}
