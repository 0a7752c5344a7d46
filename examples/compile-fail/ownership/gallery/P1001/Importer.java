// P1001: an owned @Linear value is not consumed on every path.
// Rust has no such error: it drops a value that goes out of scope. A @Linear type has no implicit
// drop, like a Rust type whose Drop impl panics ("drop bomb") or a #[must_use] value that is
// ignored: here a transaction that must be committed or rolled back leaks on the early return.
package dev.patina.examples.gallery.p1001;

import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import java.util.List;

/** A database transaction: it ends with commit() or rollback(), never by being forgotten. */
@Linear
final class Transaction {
  static Transaction begin() {
    return new Transaction();
  }

  void insert(String row) {}

  @Consume
  void commit() {}

  @Consume
  void rollback() {}
}

final class Importer {
  static boolean importRows(List<String> rows) {
    Transaction tx = Transaction.begin();
    for (String row : rows) {
      if (row.isBlank()) {
        return false;           // leaves `tx` open: neither committed nor rolled back
      }
      tx.insert(row);
    }
    tx.commit();
    return true;
  }
}
