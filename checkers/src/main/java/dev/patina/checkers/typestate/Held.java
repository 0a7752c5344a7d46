package dev.patina.checkers.typestate;

import com.sun.source.tree.Tree;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one variable holds at a program point: the states its object may be in (the union over the
 * paths that reach here), whether this name owes the end state ({@code owes}: it made or received
 * the object and must see it to an end state or hand it on), whether the checker lost track of it
 * on some path ({@code lost}: moved, escaped or consumed; it is then silent about it), where the
 * object was made, and where it entered each of its states (for the labels of a diagnostic).
 */
record Held(Set<String> states, boolean owes, boolean lost, Tree origin, Map<String, Set<Tree>> became) {

  static Held fresh(Set<String> states, boolean owes, Tree origin) {
    Map<String, Set<Tree>> became = new LinkedHashMap<>();
    for (String s : states) {
      became.put(s, origin == null ? Set.of() : identitySet(origin));
    }
    return new Held(Set.copyOf(states), owes, false, origin, became);
  }

  /** The object is now in {@code next}; states it newly enters were entered at {@code where}. */
  Held to(Set<String> next, Tree where) {
    Map<String, Set<Tree>> b = new LinkedHashMap<>();
    for (String s : next) {
      Set<Tree> old = states.contains(s) && next.equals(states) ? became.get(s) : null;
      b.put(s, old != null ? old : identitySet(where));
    }
    return new Held(Set.copyOf(next), owes, lost, origin, b);
  }

  /** Only the states of {@code keep} remain possible (a branch learnt more); where they were entered stays. */
  Held narrow(Set<String> keep) {
    Map<String, Set<Tree>> b = new LinkedHashMap<>();
    Set<String> next = new LinkedHashSet<>();
    for (String s : keep) {
      next.add(s);
      b.put(s, became.getOrDefault(s, Set.of()));
    }
    return new Held(Set.copyOf(next), owes, lost, origin, b);
  }

  Held lose() {
    return lost ? this : new Held(states, owes, true, origin, became);
  }

  Held ended() {
    return owes ? new Held(states, false, lost, origin, became) : this;
  }

  Held owing(boolean owing) {
    return owing == owes ? this : new Held(states, owing, lost, origin, became);
  }

  Held join(Held other) {
    if (this.equals(other)) {
      return this;
    }
    Set<String> s = new LinkedHashSet<>(states);
    s.addAll(other.states);
    Map<String, Set<Tree>> b = new LinkedHashMap<>();
    for (Map<String, Set<Tree>> side : java.util.List.of(became, other.became)) {
      side.forEach((state, where) -> {
        Set<Tree> into = b.computeIfAbsent(state, k -> Collections.newSetFromMap(new IdentityHashMap<>()));
        into.addAll(where);
      });
    }
    return new Held(Set.copyOf(s), owes || other.owes, lost || other.lost, origin != null ? origin : other.origin, b);
  }

  private static Set<Tree> identitySet(Tree t) {
    Set<Tree> s = Collections.newSetFromMap(new IdentityHashMap<>());
    s.add(t);
    return s;
  }
}
