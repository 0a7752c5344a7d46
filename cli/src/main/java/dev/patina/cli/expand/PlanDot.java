package dev.patina.cli.expand;

import dev.patina.processors.async.MachinePlan;
import dev.patina.processors.async.MachinePlan.Edge;
import dev.patina.processors.async.MachinePlan.Slot;
import dev.patina.processors.async.MachinePlan.State;
import java.util.List;

/**
 * The state graph of an {@code @Async} method in Graphviz's DOT language, as {@code patina expand
 * Class#method} writes it: a box per state (its number, the line and call it resumes from, what it
 * saves), an {@code END} node for the body's return or throw, and an arrow per edge. The overloads
 * of a method are drawn side by side, each in a frame labeled with its signature.
 */
public final class PlanDot {

  private PlanDot() {}

  /**
   * The graph of {@code plans}, the overloads of the method {@code title} names.
   *
   * @param title what the graph is of, e.g. {@code shop.Shop#sum}
   * @param command the command that wrote the file, named in its first line
   */
  public static String render(String title, String command, List<MachinePlan> plans) {
    StringBuilder out = new StringBuilder();
    out.append("// The state machine of ").append(title).append(", drawn by `").append(command).append("`.\n");
    out.append("// Render it with Graphviz: dot -Tsvg -o graph.svg this.dot\n");
    out.append("digraph ").append(quote(title)).append(" {\n");
    out.append("  graph [label=").append(quote(title)).append(", labelloc=t, fontname=\"Helvetica\", fontsize=14];\n");
    out.append("  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (int i = 0; i < plans.size(); i++) {
      plan(out, "p" + i, plans.get(i));
    }
    out.append("}\n");
    return out.toString();
  }

  private static void plan(StringBuilder out, String id, MachinePlan plan) {
    out.append("  subgraph ").append(quote("cluster_" + id)).append(" {\n");
    out.append("    label=\"").append(escape(TypeNames.signature(plan.signature()))).append("\\n")
        .append(escape(plan.machine())).append("\";\n");
    out.append("    ").append(id).append("_start [shape=point, label=\"\"];\n");
    for (State s : plan.states()) {
      out.append("    ").append(node(id, s.number())).append(" [label=").append(label(s))
          .append("];\n");
    }
    out.append("    ").append(id).append("_end [shape=doublecircle, label=\"END\"];\n");
    if (!plan.states().isEmpty()) {
      out.append("    ").append(id).append("_start -> ").append(node(id, plan.states().get(0).number()))
          .append(";\n");
    }
    for (Edge e : plan.edges()) {
      out.append("    ").append(node(id, e.from())).append(" -> ").append(node(id, e.to())).append(";\n");
    }
    out.append("  }\n");
  }

  static String node(String plan, int state) {
    return state == MachinePlan.END ? plan + "_end" : plan + "_s" + state;
  }

  /**
   * A state's box, as a DOT string: its number centered, then left-aligned lines (each ended by
   * {@code \l}) for the line and call it resumes from and each value it saves.
   */
  static String label(State s) {
    StringBuilder l = new StringBuilder("\"");
    l.append("state ").append(s.number()).append("\\n");
    l.append(escape(PlanText.line(s.line()) + ": " + PlanText.awaits(s))).append("\\l");
    for (Slot local : s.locals()) {
      l.append(escape(slot(local))).append("\\l");
    }
    for (Slot entry : s.stack()) {
      l.append(escape(slot(entry))).append("\\l");
    }
    return l.append('"').toString();
  }

  private static String slot(Slot slot) {
    return slot.name() + ": " + TypeNames.simple(slot.type()) + " \u2192 " + slot.field();
  }

  /** {@code text} as a DOT string, one centered line. */
  static String quote(String text) {
    return "\"" + escape(text) + "\"";
  }

  /** {@code text} for inside a DOT string: quotes and backslashes escaped, no line breaks. */
  static String escape(String text) {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n', '\r' -> q.append(' ');
        default -> q.append(c);
      }
    }
    return q.toString();
  }
}
