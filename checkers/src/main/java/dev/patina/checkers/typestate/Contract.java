package dev.patina.checkers.typestate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one method of a protocol class says about its receiver's state: the states it may be called
 * in ({@code null}: any), the state a normal return leaves ({@code null}: unchanged), the states
 * particular results leave ({@code @EnsuresWhen}, keyed by the result as written), the results the
 * method can return ({@code "true"}/{@code "false"} or the enum's constants; empty for any other
 * result type), and whether it ends the protocol ({@code @Drops}).
 */
record Contract(Set<String> requires, String ensures, Map<String, String> when, List<String> results, boolean drops) {

  static final Contract NONE = new Contract(null, null, Map.of(), List.of(), false);

  boolean isNone() {
    return requires == null && ensures == null && when.isEmpty() && !drops;
  }

  boolean allows(String state) {
    return requires == null || requires.contains(state);
  }

  /**
   * The states after a normal return whose result decides nothing, from the states {@code before}:
   * the union over every result the method can return, so the unchanged (or {@code @Ensures}) state
   * is in it only when some result is not listed. A result type the checker cannot enumerate (a
   * malformed {@code @EnsuresWhen}, already T0004) may return anything unlisted.
   */
  Set<String> after(Set<String> before) {
    if (when.isEmpty()) {
      return unlisted(before);
    }
    Set<String> out = new LinkedHashSet<>();
    if (results.isEmpty()) {
      out.addAll(unlisted(before));
      out.addAll(when.values());
    }
    for (String r : results) {
      out.addAll(afterResult(r, before));
    }
    return out;
  }

  /** The states after a return whose result is {@code result}. */
  Set<String> afterResult(String result, Set<String> before) {
    String s = when.get(result);
    return s != null ? Set.of(s) : unlisted(before);
  }

  /** The states a result that {@code @EnsuresWhen} does not list leaves: {@code @Ensures}, or unchanged. */
  Set<String> unlisted(Set<String> before) {
    return ensures != null ? Set.of(ensures) : before;
  }
}
