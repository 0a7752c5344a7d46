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
import java.util.concurrent.ExecutorService;

final class Refunds {

  private final Ledger ledger;

  Refunds(Ledger ledger) {
    this.ledger = ledger;
  }

  /** Credits a customer inside a transaction the caller has begun; false when the shop cannot cover it. Correct. */
  static boolean credit(@State("Active") Transaction tx, String customer, long cents) {
    try {
      tx.transfer("shop", customer, cents);
      return true;
    } catch (InsufficientFundsException e) {
      return false;
    }
  }

  /** T0001: begin() is forgotten, so the transfer runs outside any transaction. */
  boolean refundQuickly(String customer, long cents) throws InsufficientFundsException {
    Transaction tx = ledger.transaction();
    tx.transfer("shop", customer, cents); // T0001: Idle, transfer() requires Active
    return tx.commit() == Outcome.COMMITTED;
  }

  /** T0002: the duplicate check returns with the transaction begun and never ended. */
  boolean refundOnce(String customer, long cents) {
    Transaction tx = ledger.transaction();
    tx.begin();
    if (tx.balance(customer) > 1_000_000) {
      return false; // T0002: `tx` is still Active when the method returns here
    }
    if (!credit(tx, customer, cents)) {
      tx.rollback();
      return false;
    }
    return tx.commit() == Outcome.COMMITTED;
  }

  /** T0002: when the shop cannot cover the refund, transfer() throws and tx dies Active. */
  boolean refundOrThrow(String customer, long cents) throws InsufficientFundsException {
    Transaction tx = ledger.transaction();
    tx.begin();
    tx.transfer("shop", customer, cents); // T0002: if this throws, `tx` leaves the method Active
    return tx.commit() == Outcome.COMMITTED;
  }

  /** T0001: a CONFLICT has already rolled the transaction back. */
  void refundAndUndoOnConflict(String customer, long cents) {
    Transaction tx = ledger.transaction();
    tx.begin();
    if (!credit(tx, customer, cents)) {
      tx.rollback();
      return;
    }
    switch (tx.commit()) {
      case COMMITTED -> {}
      case CONFLICT -> tx.rollback(); // T0001: RolledBack, rollback() requires Active
    }
  }

  /** T0001: the new balance is read after commit() finished the transaction. */
  long refundAndReport(String customer, long cents) {
    Transaction tx = ledger.transaction();
    tx.begin();
    if (!credit(tx, customer, cents)) {
      tx.rollback();
      return -1;
    }
    if (tx.commit() == Outcome.COMMITTED) {
      return tx.balance(customer); // T0001: Committed, balance() requires Active
    }
    return -1;
  }

  /** T0003: credit() needs an active transaction; this one was never begun. */
  boolean refundVia(String customer, long cents) {
    Transaction tx = ledger.transaction();
    return credit(tx, customer, cents); // T0003: the argument is Idle, the parameter wants Active
  }

  /** T0005 (a warning): committed later by a task, the transaction leaves the checker's sight. */
  void refundLater(ExecutorService background, String customer, long cents) {
    Transaction tx = ledger.transaction();
    tx.begin();
    if (!credit(tx, customer, cents)) {
      tx.rollback();
      return;
    }
    background.execute(() -> tx.commit()); // T0005: captured by a lambda, its state is no longer followed
  }
}
