package dev.patina.cli.expand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.processors.async.MachinePlan;
import dev.patina.processors.async.MachinePlan.Edge;
import dev.patina.processors.async.MachinePlan.Slot;
import dev.patina.processors.async.MachinePlan.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The DOT text of the state graph; drawing it is Graphviz's business, so no Graphviz here. */
class PlanDotTest {

  @Test
  void aBoxPerStateAnEndAndAnArrowPerEdge() {
    assertThat(PlanDot.render("shop.Shop#sum", "patina expand shop.Shop#sum", List.of(Plans.sum()))).isEqualTo("""
        // The state machine of shop.Shop#sum, drawn by `patina expand shop.Shop#sum`.
        // Render it with Graphviz: dot -Tsvg -o graph.svg this.dot
        digraph "shop.Shop#sum" {
          graph [label="shop.Shop#sum", labelloc=t, fontname="Helvetica", fontsize=14];
          node [shape=box, style=rounded, fontname="Helvetica", fontsize=10];
          edge [fontname="Helvetica", fontsize=9];
          subgraph "cluster_p0" {
            label="Future<Integer> sum(Receiver<Integer>)\\nshop.Shop$sum$Machine";
            p0_start [shape=point, label=""];
            p0_s0 [label="state 0\\nline 5: start of the body\\lrx: Receiver<Integer> → rx\\l"];
            p0_s1 [label="state 1\\nline 6: await Receiver.recv()\\lrx: Receiver<Integer> → rx\\l"];
            p0_s2 [label="state 2\\nline 7: await Receiver.recv()\\lrx: Receiver<Integer> → rx\\la: int → a\\l"];
            p0_end [shape=doublecircle, label="END"];
            p0_start -> p0_s0;
            p0_s0 -> p0_s1;
            p0_s1 -> p0_s2;
            p0_s2 -> p0_end;
          }
        }
        """);
  }

  @Test
  void eachOverloadHasItsFrameAndItsOwnNodes() {
    String dot = PlanDot.render("shop.Shop#sum", "patina expand shop.Shop#sum", List.of(Plans.sum(), Plans.sumOfN()));
    assertThat(dot)
        .contains("subgraph \"cluster_p0\"").contains("subgraph \"cluster_p1\"")
        .contains("label=\"Future<Integer> sum(Receiver<Integer>, int)\\nshop.Shop$sum$Machine1\";")
        .contains("p1_s1 [label=\"state 1\\nline 15: await Receiver.recv()\\lrx: Receiver<Integer> → rx\\l"
            + "n: int → n\\li: int → i\\lstack[0]: int → s0\\l\"];")
        .contains("    p1_s1 -> p1_s1;\n").contains("    p1_s0 -> p1_end;\n").contains("    p0_s2 -> p0_end;\n");
    assertWellFormed(dot);
  }

  @Test
  void quotesAndBackslashesAreEscaped() {
    MachinePlan plan = new MachinePlan("a.B", "m", "()V", "Future<String> m(\"x\\y\")", "a.B$m", 3,
        List.of(new State(0, 3, "", List.of(), List.of()),
            new State(1, 4, "B.read(\"a\\b\")", List.of(new Slot("s", "java.lang.String", "f\"0")), List.of())),
        List.of(new Edge(0, 1), new Edge(1, MachinePlan.END)));
    String dot = PlanDot.render("a.B#m", "patina expand a.B#m", List.of(plan));
    assertThat(dot)
        .contains("label=\"Future<String> m(\\\"x\\\\y\\\")\\na.B$m\";")
        .contains("[label=\"state 1\\nline 4: await B.read(\\\"a\\\\b\\\")\\ls: String → f\\\"0\\l\"];");
    assertWellFormed(dot);
  }

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  /** Random plans: every state gets a box, every edge an arrow, and the text stays well formed. */
  @ParameterizedTest
  @MethodSource("seeds")
  void randomPlansDrawEveryStateAndEdge(long seed) {
    Random rnd = new Random(seed);
    List<MachinePlan> plans = new ArrayList<>();
    for (int p = 0, n = 1 + rnd.nextInt(3); p < n; p++) {
      plans.add(randomPlan(rnd));
    }
    String dot = PlanDot.render("x.Y#m", "patina expand x.Y#m", plans);
    assertWellFormed(dot);
    for (int p = 0; p < plans.size(); p++) {
      String id = "p" + p;
      for (State s : plans.get(p).states()) {
        assertThat(dot).contains("    " + id + "_s" + s.number() + " [label=\"state " + s.number() + "\\n");
      }
      for (Edge e : plans.get(p).edges()) {
        assertThat(dot).contains("    " + PlanDot.node(id, e.from()) + " -> " + PlanDot.node(id, e.to()) + ";\n");
      }
      long arrows = dot.lines().filter(l -> l.startsWith("    " + id + "_") && l.contains(" -> ")).count();
      assertThat(arrows).isEqualTo(plans.get(p).edges().size() + 1); // the edges and the start arrow
    }
  }

  private static MachinePlan randomPlan(Random rnd) {
    String nasty = "\"\\{}<>|;# ";
    int count = 1 + rnd.nextInt(6);
    List<State> states = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      List<Slot> locals = new ArrayList<>();
      for (int i = 0, n = rnd.nextInt(4); i < n; i++) {
        locals.add(new Slot("v" + i + nasty.charAt(rnd.nextInt(nasty.length())), "java.util.List<java.lang.String>",
            "f" + i));
      }
      List<Slot> stack = rnd.nextBoolean() ? List.of() : List.of(new Slot("stack[0]", "long", "s0"));
      states.add(new State(k, rnd.nextInt(3) - 1 + 10 * k, k == 0 ? "" : "Q.get(" + nasty + ")", locals, stack));
      edges.add(new Edge(k, rnd.nextInt(count + 1) == count ? MachinePlan.END : rnd.nextInt(count)));
    }
    edges.add(new Edge(count - 1, MachinePlan.END));
    return new MachinePlan("x.Y", "m", "()V", "Future<Void> m(" + nasty + ")", "x.Y$m", 1, states, edges);
  }

  private static final Pattern STATEMENT = Pattern.compile(
      "//.*|digraph \"[^\"]*\" \\{|  subgraph \"cluster_p\\d+\" \\{|\\s*}|  (graph|node|edge) \\[.*];"
          + "|    label=\"(?:[^\"\\\\]|\\\\.)*\";|    p\\d+_(s\\d+|start|end) \\[(?:[^\"\\\\]|\\\\.|\"(?:[^\"\\\\]|\\\\.)*\")*];"
          + "|    p\\d+_(s\\d+|start|end) -> p\\d+_(s\\d+|end);");

  /**
   * Every line is a statement of the few kinds the renderer writes, with its strings closed (a
   * quote inside one is escaped), and the braces balance.
   */
  private static void assertWellFormed(String dot) {
    int depth = 0;
    for (String line : dot.lines().toList()) {
      assertThat(STATEMENT.matcher(line).matches()).as("a DOT statement: %s", line).isTrue();
      if (!line.startsWith("//")) {
        depth += line.endsWith("{") ? 1 : line.strip().equals("}") ? -1 : 0;
        assertThat(depth).isNotNegative();
      }
    }
    assertThat(depth).isZero();
  }
}
