package dev.patina.examples.pin;

import static dev.patina.examples.pin.Pinned.hex;

import dev.patina.runtime.future.Futures;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The pin demo of {@code examples/src/main/java/dev/patina/examples/pin} with two mistakes: it
 * reaches the struct through the handle it moved into the future, and it frees the struct itself
 * while the future, which owns it now, will free it again. It must not compile (P0382, twice). It
 * replaces the fixed {@code PinDemo.java} and uses the fixed {@code Pinned}, {@code NumberScan},
 * {@code ScanState}, {@code SelfReferential} and {@code SumFuture}.
 */
public final class PinDemo {

  private PinDemo() {}

  public static void main(String[] args) {
    Pinned<NumberScan> pinned;
    try (Arena scratch = Arena.ofConfined()) {
      MemorySegment unpinned = NumberScan.unpinned(scratch, "12,7,30");
      pinned = Pinned.pin(NumberScan.TYPE, unpinned);
    }
    SumFuture sum = new SumFuture(pinned);
    try {
      long total = Futures.blockOn(sum);
      System.out.println("sum = " + total + ", the struct is at " + hex(pinned.address()));
    } finally {
      sum.close();
    }
  }

  static long freeTwice(String text) {
    try (Arena scratch = Arena.ofConfined()) {
      Pinned<NumberScan> pinned = Pinned.pin(NumberScan.TYPE, NumberScan.unpinned(scratch, text));
      SumFuture sum = new SumFuture(pinned);
      long total = Futures.blockOn(sum);
      pinned.close();
      sum.close();
      return total;
    }
  }
}
