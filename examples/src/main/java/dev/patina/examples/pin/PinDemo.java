package dev.patina.examples.pin;

import static dev.patina.examples.pin.Pinned.hex;

import dev.patina.runtime.future.Futures;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Builds a {@link NumberScan} struct, pins it, and sums its numbers with a {@link SumFuture}
 * polled by {@link Futures#blockOn}, printing where the struct is at each step.
 *
 * <p>Run it with {@code ./patina java --enable-native-access=ALL-UNNAMED -cp examples/target/classes
 * dev.patina.examples.pin.PinDemo} after the examples module is built (without the flag the JDK
 * warns once that {@code NumberScan} calls the restricted {@code reinterpret}), optionally with the text to sum ({@code "12,7,30"}
 * otherwise).
 */
public final class PinDemo {

  private PinDemo() {}

  public static void main(String[] args) {
    String text = args.length > 0 ? args[0] : "12,7,30";
    Pinned<NumberScan> pinned;
    try (Arena scratch = Arena.ofConfined()) {
      // like a Rust value on the stack before Box::pin: not started, so moving it is harmless
      MemorySegment unpinned = NumberScan.unpinned(scratch, text);
      System.out.println("before pinning: the struct is at " + hex(unpinned.address()) + ", with no pointers yet");
      pinned = Pinned.pin(NumberScan.TYPE, unpinned);
    }
    System.out.println("after pinning:  the struct is at " + hex(pinned.address()) + " until it is freed");
    SumFuture sum = new SumFuture(pinned);
    try {
      long total = Futures.blockOn(sum);
      int polls = 0;
      for (SumFuture.Step step : sum.steps()) {
        polls++;
        System.out.println("poll " + polls + ": the struct is at " + hex(step.structAddress()) + ", its cursor points at "
            + hex(step.cursor()) + " (its text + " + (step.cursor() - NumberScan.textAddress(step.structAddress())) + ")");
      }
      System.out.println("sum of " + text + " = " + total + " after " + polls + (polls == 1 ? " poll" : " polls")
          + "; the struct never moved");
    } finally {
      sum.close();
    }
  }
}
