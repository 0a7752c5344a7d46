package dev.patina.units.algebra;

import java.util.Set;

/**
 * One row of the unit table: a symbol users write, its English name, what it stands for, and the
 * prefixes it takes ({@code km} is allowed, {@code kmin} is not).
 */
public record UnitDefinition(String symbol, String name, UnitOfMeasure value, Set<Prefix> prefixes, String note) {

  public UnitDefinition {
    prefixes = Set.copyOf(prefixes);
  }

  /** Whether {@code prefix} may be put in front of this unit. */
  public boolean takes(Prefix prefix) {
    return prefixes.contains(prefix);
  }
}
