package dev.patina.examples.typestate.transaction;

/** How {@link Transaction#commit()} ended. */
public enum Outcome {
  /** The changes are in the ledger. */
  COMMITTED,
  /** Another transaction changed an account this one read; nothing was applied. */
  CONFLICT
}
