// T0002: an object's last reference dies outside its protocol's end states.
// Rust drops such a value silently (unless its Drop impl panics: a "drop bomb"); a protocol's end
// states make the forgotten rollback a compile-time error. Here a bank transfer that meets a
// conflict is neither retried nor rolled back.
package dev.patina.examples.gallery.t0002;

import dev.patina.typestate.Ensures;
import dev.patina.typestate.EnsuresWhen;
import dev.patina.typestate.Protocol;
import dev.patina.typestate.Requires;

/** How a commit went. */
enum Outcome { COMMITTED, CONFLICT }

/** A database transaction: it ends committed or rolled back. */
@Protocol(states = {"Active", "Committed", "RolledBack"}, initial = "Active", end = {"Committed", "RolledBack"})
final class Transaction {
  @Requires("Active")
  void debit(String account, long cents) {}

  @Requires("Active")
  void credit(String account, long cents) {}

  @Requires("Active")
  @EnsuresWhen(result = "COMMITTED", state = "Committed")
  @EnsuresWhen(result = "CONFLICT", state = "Active")
  Outcome commit() {
    return Outcome.COMMITTED;
  }

  @Requires("Active")
  @Ensures("RolledBack")
  void rollback() {}
}

final class Transfers {
  static boolean transfer(String from, String to, long cents) {
    Transaction tx = new Transaction();
    tx.debit(from, cents);
    tx.credit(to, cents);
    switch (tx.commit()) {
      case COMMITTED -> {
        return true;
      }
      case CONFLICT -> {
        return false;           // still Active: the transfer is left half-open
      }
    }
    return false;
  }
}
