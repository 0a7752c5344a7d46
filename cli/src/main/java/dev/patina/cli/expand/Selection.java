package dev.patina.cli.expand;

import dev.patina.cli.expand.MethodFinder.FoundType;
import dev.patina.cli.expand.MethodFinder.Overload;
import dev.patina.processors.async.MachinePlan;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code patina expand Class#method} shows, decided from what the compilation found: the plans
 * of the method's {@code @Async} overloads, or why there are none.
 */
public sealed interface Selection {

  /**
   * The plans to show, in source order.
   *
   * @param type the qualified name of the class they are of
   * @param plans one per {@code @Async} overload
   * @param notAsync the overloads that are not {@code @Async}, which have no plan
   */
  record Plans(String type, List<MachinePlan> plans, List<String> notAsync) implements Selection {}

  /** Nothing to show, and {@code message} says why (and what to do). */
  record Failure(String message) implements Selection {}

  /**
   * Chooses for {@code ref}.
   *
   * @param found the classes of the sources that {@code ref} may name ({@link MethodFinder#found})
   * @param plans every plan the rewriter made during the compilation
   * @param rewriter whether the rewriter ran at all (it is on the class path)
   */
  static Selection of(MethodRef ref, List<FoundType> found, List<MachinePlan> plans, boolean rewriter) {
    if (found.isEmpty()) {
      return new Failure("no class " + ref.type() + " in the sources");
    }
    if (found.size() > 1) {
      return new Failure(ref.type() + " names several classes: "
          + String.join(", ", found.stream().map(FoundType::name).toList()) + "; give its qualified name");
    }
    FoundType type = found.get(0);
    String method = type.name() + "#" + ref.method();
    if (type.overloads().isEmpty()) {
      return new Failure(type.name() + " has no method " + ref.method() + "; its methods: "
          + (type.methods().isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(type.methods()))));
    }
    List<String> notAsync = type.overloads().stream().filter(o -> !o.async()).map(Overload::signature).toList();
    if (notAsync.size() == type.overloads().size()) {
      return new Failure(method + " is not @Async; mark it to have it rewritten"
          + (notAsync.size() > 1 ? " (none of its " + notAsync.size() + " overloads is)" : ""));
    }
    if (!rewriter) {
      return new Failure("the async rewriter (" + AsyncRewriter.PROCESSOR
          + ") is not on Patina's class path, so " + method + " was not rewritten; rebuild Patina");
    }
    List<MachinePlan> mine = plans.stream()
        .filter(p -> p.owner().equals(type.binaryName()) && p.method().equals(ref.method()))
        .sorted(Comparator.comparingInt(MachinePlan::firstLine).thenComparing(MachinePlan::descriptor))
        .toList();
    if (mine.isEmpty()) {
      return new Failure("the async rewriter made no state machine for " + method
          + "; it reports why when it rejects a method, so this is a bug in it");
    }
    return new Plans(type.name(), mine, notAsync);
  }
}
