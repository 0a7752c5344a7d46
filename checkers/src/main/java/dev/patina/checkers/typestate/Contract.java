package dev.patina.checkers.typestate;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one method of a protocol class says about its receiver's state: the states it may be called
 * in ({@code null}: any), the state a normal return leaves ({@code null}: unchanged), the states
 * particular results leave ({@code @EnsuresWhen}, keyed by the result as written), and whether it
 * ends the protocol ({@code @Drops}).
 */
record Contract(Set<String> requires, String ensures, Map<String, String> when, boolean drops) {

  static final Contract NONE = new Contract(null, null, Map.of(), false);

  boolean isNone() {
    return requires == null && ensures == null && when.isEmpty() && !drops;
  }

  boolean allows(String state) {
    return requires == null || requires.contains(state);
  }

  /** The states after a normal return with any result, from the states {@code before}. */
  Set<String> after(Set<String> before) {
    Set<String> out = new LinkedHashSet<>(unlisted(before));
    out.addAll(when.values());
    return when.isEmpty() ? unlisted(before) : out;
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
