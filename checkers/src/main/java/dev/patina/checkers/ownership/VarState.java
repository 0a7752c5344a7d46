package dev.patina.checkers.ownership;

import com.sun.source.tree.Tree;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * The abstract state of one tracked variable: the set of things it may hold (one {@link Flag} per
 * path that reaches here), the places where it was moved on those paths, where its value came
 * from, and, for a borrow, the variables it borrows from (transitively: a slice of a slice of
 * {@code arena} lists both the first slice and {@code arena}).
 */
record VarState(EnumSet<Flag> flags, Set<Site> moves, Tree origin, Set<VariableElement> lenders) {

  VarState(EnumSet<Flag> flags, Set<Site> moves, Tree origin) {
    this(flags, moves, origin, Set.of());
  }

  /** This borrow, lent by {@code lenders}. */
  VarState lentBy(Set<VariableElement> newLenders) {
    return new VarState(flags, moves, origin, Set.copyOf(newLenders));
  }

  /** Moves remembered per variable: enough to label a diagnostic, bounded so joins stay cheap. */
  private static final int MAX_SITES = 4;

  static VarState of(Flag flag, Tree origin) {
    return new VarState(EnumSet.of(flag), Set.of(), origin);
  }

  /** A borrow: shared (no {@code @Mut} calls through it) or exclusive. */
  static VarState borrow(boolean shared, Tree origin) {
    return new VarState(shared ? EnumSet.of(Flag.BORROWED, Flag.SHARED) : EnumSet.of(Flag.BORROWED), Set.of(), origin);
  }

  static VarState movedAt(Site site) {
    return new VarState(EnumSet.of(Flag.MOVED), Set.of(site), null);
  }

  boolean may(Flag flag) {
    return flags.contains(flag);
  }

  /** The state on either of two paths. */
  VarState join(VarState other) {
    if (this.equals(other)) {
      return this;
    }
    EnumSet<Flag> f = EnumSet.copyOf(flags);
    f.addAll(other.flags);
    Set<Site> m = new LinkedHashSet<>(moves);
    for (Site s : other.moves) {
      if (m.size() >= MAX_SITES) {
        break;
      }
      m.add(s);
    }
    Set<VariableElement> l = lenders.isEmpty() ? other.lenders : other.lenders.isEmpty() ? lenders : union(lenders, other.lenders);
    return new VarState(f, Set.copyOf(m), origin != null ? origin : other.origin, l);
  }

  /** After a reported use after move: the paths that still hold something, or nothing at all. */
  VarState withoutMoves() {
    EnumSet<Flag> f = EnumSet.copyOf(flags);
    f.remove(Flag.MOVED);
    if (f.isEmpty()) {
      f.add(Flag.NULL);
    }
    // the move sites stay: a later leak report still shows where the other paths consumed it
    return new VarState(f, moves, origin, lenders);
  }

  private static Set<VariableElement> union(Set<VariableElement> a, Set<VariableElement> b) {
    Set<VariableElement> u = new LinkedHashSet<>(a);
    u.addAll(b);
    return Set.copyOf(u);
  }

  /** The state on a path where the variable is known to hold {@code null}: it owes nothing. */
  VarState knownNull() {
    return new VarState(EnumSet.of(Flag.NULL), Set.of(), origin);
  }

  /** This state with {@code flag} ruled out, e.g. NULL after a {@code != null} test. */
  VarState without(Flag flag) {
    if (!flags.contains(flag) || flags.size() == 1) {
      return this;
    }
    EnumSet<Flag> f = EnumSet.copyOf(flags);
    f.remove(flag);
    return new VarState(f, moves, origin, lenders);
  }
}
