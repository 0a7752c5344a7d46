// Wrong uses of the transaction protocol (begin -> commit | rollback) of
// examples/src/main/java/dev/patina/examples/typestate/transaction/Transaction.java: a refund
// service, one mistake per method. Each comment names the code the typestate checker must report
// there.
package dev.patina.examples.typestate.misuse.transaction;

import dev.patina.examples.typestate.transaction.InsufficientFundsException;
import dev.patina.examples.typestate.transaction.Ledger;
import dev.patina.examples.typestate.transaction.Outcome;
import dev.patina.examples.typestate.transaction.Transaction;
import dev.patina.typestate.State;
import java.util.ArrayList;
import java.util.List;

final class Refunds {

  private final Ledger ledger;
  private final List<Transaction> pending = new ArrayList<>();

  Refunds(Ledger ledger) {
    this.ledger = ledger;
  }

  /** T0001: the transfer runs before begin(). */
  void refundQuickly(String customer, long cents) throws InsufficientFundsException {
    Transaction tx = ledger.transaction();
    tx.transfer("shop", customer, cents); // T0001: Idle, transfer() requires Active
    tx.begin();
    tx.commit();
  }

  /** T0002: the duplicate check returns with the transaction begun and never ended. */
  boolean refundOnce(String customer, long cents) throws InsufficientFundsException {
    Transaction tx = ledger.transaction();
    tx.begin();
    if (tx.balance(customer) > 1_000_000) {
      return false; // T0002: `tx` is still Active when the method returns here
    }
    tx.transfer("shop", customer, cents);
    return tx.commit() == Outcome.COMMITTED;
  }

  /** T0002: when the shop cannot cover the refund, transfer() throws and tx dies Active. */
  void refundOrThrow(String customer, long cents) throws InsufficientFundsException {
    Transaction tx = ledger.transaction();
    tx.begin();
    tx.transfer("shop", customer, cents); // T0002: if this throws, `tx` leaves the method Active
    tx.commit();
  }

  /** T0001: a CONFLICT has already rolled the transaction back. */
  void refundAndUndoOnConflict(String customer, long cents) throws InsufficientFundsException {
    Transaction tx = ledger.transaction();
    tx.begin();
    tx.transfer("shop", customer, cents);
    switch (tx.commit()) {
      case COMMITTED -> {}
      case CONFLICT -> tx.rollback(); // T0001: RolledBack, rollback() requires Active
    }
  }

  /** T0001: the balance is read after commit() finished the transaction. */
  long refundAndReport(String customer, long cents) throws InsufficientFundsException {
    Transaction tx = ledger.transaction();
    tx.begin();
    tx.transfer("shop", customer, cents);
    tx.commit();
    return tx.balance(customer); // T0001: Committed or RolledBack, balance() requires Active
  }

  /** Moves the money inside a transaction the caller has begun; correct as declared. */
  static void credit(@State("Active") Transaction tx, String customer, long cents) throws InsufficientFundsException {
    tx.transfer("shop", customer, cents);
  }

  /** T0003: credit() needs an active transaction; this one was never begun. */
  void refundVia(String customer, long cents) throws InsufficientFundsException {
    Transaction tx = ledger.transaction();
    credit(tx, customer, cents); // T0003: the argument is Idle, the parameter wants Active
  }

  /** T0005 (a warning): queued in a list, the transaction leaves the checker's sight. */
  void refundLater(String customer) {
    Transaction tx = ledger.transaction();
    tx.begin();
    pending.add(tx); // T0005: passed where no state is declared; whoever takes it out may not end it
  }
}
