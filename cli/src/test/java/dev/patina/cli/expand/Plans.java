package dev.patina.cli.expand;

import dev.patina.processors.async.MachinePlan;
import dev.patina.processors.async.MachinePlan.Edge;
import dev.patina.processors.async.MachinePlan.Slot;
import dev.patina.processors.async.MachinePlan.State;
import java.util.List;

/** Hand-built plans, as the rewriter would report them for the methods in their Javadoc. */
final class Plans {

  private Plans() {}

  static final String RECEIVER = "dev.patina.runtime.channel.Receiver<java.lang.Integer>";

  /**
   * <pre>{@code
   * 5  @Async Future<Integer> sum(Receiver<Integer> rx) {
   * 6    int a = await(rx.recv());
   * 7    int b = await(rx.recv());
   * 8    return completed(a + b);
   * 9  }
   * }</pre>
   */
  static MachinePlan sum() {
    Slot rx = new Slot("rx", RECEIVER, "rx");
    return new MachinePlan("shop.Shop", "sum",
        "(Ldev/patina/runtime/channel/Receiver;)Ldev/patina/runtime/future/Future;",
        "Future<Integer> sum(Receiver<Integer>)", "shop.Shop$sum$Machine", 5,
        List.of(new State(0, 5, "", List.of(rx), List.of()),
            new State(1, 6, "Receiver.recv()", List.of(rx), List.of()),
            new State(2, 7, "Receiver.recv()", List.of(rx, new Slot("a", "int", "a")), List.of())),
        List.of(new Edge(0, 1), new Edge(1, 2), new Edge(2, MachinePlan.END)));
  }

  /**
   * The overload with a loop and an await inside an expression:
   *
   * <pre>{@code
   * 12 @Async Future<Integer> sum(Receiver<Integer> rx, int n) {
   * 13   int total = 0;
   * 14   for (int i = 0; i < n; i++) {
   * 15     total = total + await(rx.recv());
   * 16   }
   * 17   return completed(total);
   * 18 }
   * }</pre>
   */
  static MachinePlan sumOfN() {
    return new MachinePlan("shop.Shop", "sum",
        "(Ldev/patina/runtime/channel/Receiver;I)Ldev/patina/runtime/future/Future;",
        "Future<Integer> sum(Receiver<Integer>, int)", "shop.Shop$sum$Machine1", 12,
        List.of(new State(0, 12, "", List.of(new Slot("rx", RECEIVER, "rx"), new Slot("n", "int", "n")), List.of()),
            new State(1, 15, "Receiver.recv()",
                List.of(new Slot("rx", RECEIVER, "rx"), new Slot("n", "int", "n"), new Slot("i", "int", "i")),
                List.of(new Slot("stack[0]", "int", "s0")))),
        List.of(new Edge(0, 1), new Edge(0, MachinePlan.END), new Edge(1, 1), new Edge(1, MachinePlan.END)));
  }
}
