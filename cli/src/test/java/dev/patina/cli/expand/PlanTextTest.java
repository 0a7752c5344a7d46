package dev.patina.cli.expand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.processors.async.MachinePlan;
import dev.patina.processors.async.MachinePlan.Edge;
import dev.patina.processors.async.MachinePlan.State;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table {@code patina expand Class#method} prints. */
class PlanTextTest {

  @Test
  void printsHeaderStatesAndEdges() {
    assertThat(PlanText.render(Plans.sum())).isEqualTo("""
        Future<Integer> sum(Receiver<Integer>)
          method   shop.Shop#sum (Ldev/patina/runtime/channel/Receiver;)Ldev/patina/runtime/future/Future;
          machine  shop.Shop$sum$Machine
          states   3, body from line 5

        state  resumes from                   saved locals                 saved stack
        0      line 5  start of the body      rx: Receiver<Integer> -> rx  -
        1      line 6  await Receiver.recv()  rx: Receiver<Integer> -> rx  -
        2      line 7  await Receiver.recv()  rx: Receiver<Integer> -> rx  -
                                              a: int -> a
        edges
          0 -> 1
          1 -> 2
          2 -> END
        """);
  }

  @Test
  void savedStackHasItsColumnAndEdgesFromOneStateShareALine() {
    String text = PlanText.render(Plans.sumOfN());
    assertThat(text).contains("""
        state  resumes from                    saved locals                 saved stack
        0      line 12  start of the body      rx: Receiver<Integer> -> rx  -
                                               n: int -> n
        1      line 15  await Receiver.recv()  rx: Receiver<Integer> -> rx  stack[0]: int -> s0
                                               n: int -> n
                                               i: int -> i
        edges
          0 -> 1, END
          1 -> 1, END
        """);
  }

  @Test
  void overloadsFollowEachOtherAfterABlankLine() {
    String both = PlanText.render(List.of(Plans.sum(), Plans.sumOfN()));
    assertThat(both).isEqualTo(PlanText.render(Plans.sum()) + "\n" + PlanText.render(Plans.sumOfN()));
    assertThat(both).containsOnlyOnce("Future<Integer> sum(Receiver<Integer>)\n")
        .containsOnlyOnce("Future<Integer> sum(Receiver<Integer>, int)\n");
  }

  @Test
  void unknownLinesAndNestedOwners() {
    MachinePlan plan = new MachinePlan("shop.Shop$Till", "open", "()Ldev/patina/runtime/future/Future;",
        "Future<Void> open()", "shop.Shop$Till$open$Machine", -1,
        List.of(new State(0, -1, "", List.of(), List.of())), List.of());
    assertThat(PlanText.render(plan))
        .contains("  method   shop.Shop.Till#open ()Ldev/patina/runtime/future/Future;\n")
        .contains("  states   1, body from line ?\n")
        .contains("0      line ?  start of the body  -             -\n")
        .endsWith("edges\n  (none)\n");
  }

  @Test
  void edgesAreListedInStateOrderWithEndLast() {
    MachinePlan p = Plans.sumOfN();
    MachinePlan shuffled = new MachinePlan(p.owner(), p.method(), p.descriptor(), p.signature(), p.machine(),
        p.firstLine(), p.states(), List.of(new Edge(1, MachinePlan.END), new Edge(0, MachinePlan.END), new Edge(1, 1),
            new Edge(0, 1)));
    assertThat(PlanText.render(shuffled)).isEqualTo(PlanText.render(p)).endsWith("edges\n  0 -> 1, END\n  1 -> 1, END\n");
  }

  @Test
  void signaturesAsJavacPrintsThemReadAsSource() {
    MachinePlan p = Plans.sum();
    MachinePlan javacs = new MachinePlan(p.owner(), p.method(), p.descriptor(),
        "dev.patina.runtime.future.Future<java.lang.Integer> sum(java.util.Map<java.lang.String,int[]>,long)",
        p.machine(), p.firstLine(), p.states(), p.edges());
    assertThat(PlanText.render(javacs)).startsWith("Future<Integer> sum(Map<String, int[]>, long)\n");
    assertThat(PlanDot.render("t", "c", List.of(javacs))).contains("label=\"Future<Integer> sum(Map<String, int[]>, long)\\n");
  }

  @Test
  void typesLoseTheirPackagesButKeepTheirShape() {
    assertThat(TypeNames.simple("java.util.Map.Entry<java.lang.String, int[]>")).isEqualTo("Map.Entry<String, int[]>");
    assertThat(TypeNames.simple("java.util.List<? extends dev.patina.runtime.future.Future<java.lang.Integer>>"))
        .isEqualTo("List<? extends Future<Integer>>");
    assertThat(TypeNames.simple("long")).isEqualTo("long");
    assertThat(TypeNames.signature("dev.patina.runtime.future.Future<T> <T>open(dev.patina.runtime.future.Future<T>)"))
        .isEqualTo("<T> Future<T> open(Future<T>)");
    assertThat(TypeNames.signature("java.util.List<T> <T extends java.lang.Comparable<T>,U>sort(java.util.List<T>,U)"))
        .isEqualTo("<T extends Comparable<T>, U> List<T> sort(List<T>, U)");
    assertThat(TypeNames.signature("int size()")).isEqualTo("int size()");
    assertThat(TypeNames.simple("T")).isEqualTo("T");
  }
}
