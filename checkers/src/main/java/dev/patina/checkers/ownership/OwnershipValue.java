package dev.patina.checkers.ownership;

import com.sun.source.tree.Tree;
import java.util.EnumSet;
import java.util.Set;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.analysis.AbstractValue;

/**
 * What an expression produces, as far as ownership goes: an owned value, a borrow, {@code null},
 * or something untracked; a set when the expression's paths differ ({@code c ? a : null}).
 */
record OwnershipValue(EnumSet<Flag> flags, Tree origin, Set<VariableElement> lenders)
    implements AbstractValue<OwnershipValue> {

  OwnershipValue(EnumSet<Flag> flags, Tree origin) {
    this(flags, origin, Set.of());
  }

  /** This borrow, lent by {@code lenders}. */
  OwnershipValue lentBy(Set<VariableElement> newLenders) {
    return new OwnershipValue(flags, origin, Set.copyOf(newLenders));
  }

  static final OwnershipValue UNTRACKED = new OwnershipValue(EnumSet.noneOf(Flag.class), null);

  static OwnershipValue of(Flag flag, Tree origin) {
    return new OwnershipValue(EnumSet.of(flag), origin);
  }

  /** A borrowed value: shared, or exclusive ({@code @Mut}). */
  static OwnershipValue borrow(boolean shared, Tree origin) {
    return new OwnershipValue(shared ? EnumSet.of(Flag.BORROWED, Flag.SHARED) : EnumSet.of(Flag.BORROWED), origin);
  }

  static OwnershipValue of(VarState state, Tree origin) {
    EnumSet<Flag> f = EnumSet.copyOf(state.flags());
    f.remove(Flag.MOVED);
    f.remove(Flag.ESCAPED);
    return new OwnershipValue(f, state.origin() != null ? state.origin() : origin, state.lenders());
  }

  boolean tracked() {
    return !flags.isEmpty();
  }

  /** The state a variable takes when this value is stored into it. */
  VarState asState(Tree assignment) {
    if (flags.isEmpty()) {
      // filled by a call whose result javac typed as untracked (the iterator.next() of an
      // enhanced for): what a call hands out is the taker's. (A cast of an untracked variable
      // is a borrow, decided where the cast is.)
      return VarState.of(Flag.OWNED, assignment);
    }
    // a borrow is labelled where it was taken (the call), an owned value where it was bound
    Tree from = flags.contains(Flag.BORROWED) && origin != null ? origin : assignment;
    return new VarState(EnumSet.copyOf(flags), Set.of(), from, lenders);
  }

  @Override
  public OwnershipValue leastUpperBound(OwnershipValue other) {
    EnumSet<Flag> f = EnumSet.copyOf(flags);
    f.addAll(other.flags);
    Set<VariableElement> l = new java.util.LinkedHashSet<>(lenders);
    l.addAll(other.lenders);
    return new OwnershipValue(f, origin != null ? origin : other.origin, Set.copyOf(l));
  }
}
