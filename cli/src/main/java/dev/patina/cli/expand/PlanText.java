package dev.patina.cli.expand;

import dev.patina.processors.async.MachinePlan;
import dev.patina.processors.async.MachinePlan.Edge;
import dev.patina.processors.async.MachinePlan.Slot;
import dev.patina.processors.async.MachinePlan.State;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The state machine of an {@code @Async} method as {@code patina expand Class#method} prints it: a
 * header (the method, its machine class, where the body starts), a table with a row per state (where
 * it resumes, the locals and stack entries it saves and the fields that hold them), and the edges.
 *
 * <pre>
 * Future&lt;Integer&gt; sum(Future&lt;Integer&gt;, Future&lt;Integer&gt;)
 *   method   shop.Shop#sum (Ldev/patina/runtime/future/Future;Ldev/patina/runtime/future/Future;)Ldev/patina/runtime/future/Future;
 *   machine  shop.Shop$sum$Async
 *   states   3, body from line 13
 *
 * state  resumes from                saved locals     saved stack
 * 0      line 13  start of the body  a: Future -&gt; a0  -
 *                                    b: Future -&gt; a1
 * 1      line 13  await a            b: Future -&gt; a0  -
 * 2      line 14  await b            x: int -&gt; i0     -
 * edges
 *   0 -&gt; 1
 *   1 -&gt; 2
 *   2 -&gt; END
 * </pre>
 */
public final class PlanText {

  private static final String[] HEADINGS = {"state", "resumes from", "saved locals", "saved stack"};
  private static final String GAP = "  ";

  private PlanText() {}

  /** The plans of one method's overloads, one after the other, separated by a blank line. */
  public static String render(List<MachinePlan> plans) {
    return plans.stream().map(PlanText::render).collect(Collectors.joining("\n"));
  }

  /** One plan: header, state table, edges; every line ends with a newline. */
  public static String render(MachinePlan plan) {
    StringBuilder out = new StringBuilder();
    out.append(TypeNames.signature(plan.signature())).append('\n');
    out.append("  method   ").append(plan.owner().replace('$', '.')).append('#').append(plan.method())
        .append(' ').append(plan.descriptor()).append('\n');
    out.append("  machine  ").append(plan.machine()).append('\n');
    out.append("  states   ").append(plan.states().size()).append(", body from ")
        .append(line(plan.firstLine())).append('\n');
    out.append('\n');
    table(out, plan.states());
    out.append("edges\n");
    edges(out, plan.edges());
    return out.toString();
  }

  /** Where state {@code s} resumes the body: its line, and the call it awaits. */
  static String resumesFrom(State s) {
    return line(s.line()) + "  " + awaits(s);
  }

  /** What state {@code s} resumes after: {@code await Receiver.recv()}, or the start of the body. */
  static String awaits(State s) {
    return s.number() == 0 || s.awaited().isEmpty() ? "start of the body" : "await " + s.awaited();
  }

  /** A saved value as {@code name: type -> field}, with the type's packages left out. */
  static String slot(Slot slot) {
    return slot.name() + ": " + TypeNames.simple(slot.type()) + " -> " + slot.field();
  }

  static String line(int line) {
    return line < 0 ? "line ?" : "line " + line;
  }

  private static void table(StringBuilder out, List<State> states) {
    // a state's row spans as many lines as it saves locals or stack entries: one value a line
    List<String[]> lines = new ArrayList<>();
    lines.add(HEADINGS);
    for (State s : states) {
      List<String> locals = s.locals().stream().map(PlanText::slot).toList();
      List<String> stack = s.stack().stream().map(PlanText::slot).toList();
      int height = Math.max(1, Math.max(locals.size(), stack.size()));
      for (int i = 0; i < height; i++) {
        lines.add(new String[] {
          i == 0 ? Integer.toString(s.number()) : "",
          i == 0 ? resumesFrom(s) : "",
          cell(locals, i),
          cell(stack, i)
        });
      }
    }
    int[] widths = new int[HEADINGS.length];
    for (String[] l : lines) {
      for (int c = 0; c < l.length; c++) {
        widths[c] = Math.max(widths[c], l[c].length());
      }
    }
    for (String[] l : lines) {
      StringBuilder row = new StringBuilder();
      for (int c = 0; c < l.length; c++) {
        row.append(l[c]);
        if (c < l.length - 1) {
          row.append(" ".repeat(widths[c] - l[c].length())).append(GAP);
        }
      }
      out.append(row.toString().stripTrailing()).append('\n');
    }
  }

  /** Line {@code i} of a column of saved values: "-" on the first line when there are none. */
  private static String cell(List<String> values, int i) {
    if (values.isEmpty()) {
      return i == 0 ? "-" : "";
    }
    return i < values.size() ? values.get(i) : "";
  }

  private static void edges(StringBuilder out, List<Edge> edges) {
    if (edges.isEmpty()) {
      out.append("  (none)\n");
      return;
    }
    // by state, and within one the states in order and END last, whatever order the rewriter found them in
    Map<Integer, List<String>> targets = new TreeMap<>();
    edges.stream()
        .sorted(Comparator.comparingInt(Edge::from).thenComparingInt(PlanText::order))
        .forEach(e -> targets.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(target(e.to())));
    targets.forEach((from, to) -> out.append("  ").append(from).append(" -> ")
        .append(String.join(", ", to)).append('\n'));
  }

  private static int order(Edge e) {
    return e.to() == MachinePlan.END ? Integer.MAX_VALUE : e.to();
  }

  static String target(int to) {
    return to == MachinePlan.END ? "END" : Integer.toString(to);
  }
}
