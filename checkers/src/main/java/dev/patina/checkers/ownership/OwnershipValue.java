package dev.patina.checkers.ownership;

import com.sun.source.tree.Tree;
import java.util.EnumSet;
import org.checkerframework.dataflow.analysis.AbstractValue;

/**
 * What an expression produces, as far as ownership goes: an owned value, a borrow, {@code null},
 * or something untracked; a set when the expression's paths differ ({@code c ? a : null}).
 */
record OwnershipValue(EnumSet<Flag> flags, Tree origin) implements AbstractValue<OwnershipValue> {

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
    return new OwnershipValue(f, state.origin() != null ? state.origin() : origin);
  }

  boolean tracked() {
    return !flags.isEmpty();
  }

  /** The state a variable takes when this value is stored into it. */
  VarState asState(Tree assignment) {
    if (flags.isEmpty()) {
      // a tracked variable filled from an untracked expression (a cast from Object): the taker owns it
      return VarState.of(Flag.OWNED, assignment);
    }
    return new VarState(EnumSet.copyOf(flags), java.util.Set.of(), assignment);
  }

  @Override
  public OwnershipValue leastUpperBound(OwnershipValue other) {
    EnumSet<Flag> f = EnumSet.copyOf(flags);
    f.addAll(other.flags);
    return new OwnershipValue(f, origin != null ? origin : other.origin);
  }
}
