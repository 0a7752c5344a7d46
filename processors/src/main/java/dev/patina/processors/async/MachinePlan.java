package dev.patina.processors.async;

import java.util.List;

/**
 * What the rewriter generated for one {@code @Async} method, as {@code patina expand} shows it: the
 * states of its machine, what each saves, the {@code await} each resumes from, and the edges between
 * them. The rewriter builds it from the same analysis it rewrites with, so it is what runs.
 *
 * @param owner the binary name of the class that declares the method, e.g. {@code com.example.Shop}
 * @param method the method's name
 * @param descriptor the method's JVM descriptor, which tells overloads apart
 * @param signature the method as a reader knows it, e.g. {@code Future<Integer> sum(Receiver<Integer>)}
 * @param machine the binary name of the generated state machine class
 * @param firstLine the source line the body starts at, or -1 if the class has no line numbers
 * @param states state 0 (the first poll) and then one state per {@code await}, in source order
 * @param edges how polls move between states, and to the end of the body
 */
public record MachinePlan(String owner, String method, String descriptor, String signature, String machine,
    int firstLine, List<State> states, List<Edge> edges) {

  /** The target of an edge that leaves the machine: the body returned or threw. */
  public static final int END = -1;

  public MachinePlan {
    states = List.copyOf(states);
    edges = List.copyOf(edges);
  }

  /**
   * One state: where a poll resumes the body, and what the machine keeps while it is suspended
   * there.
   *
   * @param number 0 for the first poll, k for the k-th {@code await} of the body
   * @param line the source line of the {@code await} (of the method's start, for state 0), or -1
   * @param awaited what is awaited, as the call that made the future, e.g. {@code Receiver.recv()};
   *     empty for state 0
   * @param locals the locals saved in the machine's fields (the arguments, for state 0)
   * @param stack the operand stack below the awaited future, saved too (an {@code await} inside a
   *     larger expression leaves the rest of the expression there), bottom first
   */
  public record State(int number, int line, String awaited, List<Slot> locals, List<Slot> stack) {
    public State {
      locals = List.copyOf(locals);
      stack = List.copyOf(stack);
    }
  }

  /**
   * One saved value.
   *
   * @param name the local's source name, or {@code stack[i]} for an operand stack entry
   * @param type its Java type, e.g. {@code int} or {@code java.lang.String}
   * @param field the field of the machine that holds it while the machine is suspended
   */
  public record Slot(String name, String type, String field) {}

  /**
   * A poll that resumes at state {@code from} can suspend next at state {@code to} (or finish:
   * {@link #END}).
   *
   * @param from a state number
   * @param to a state number, or {@link #END}
   */
  public record Edge(int from, int to) {}
}
