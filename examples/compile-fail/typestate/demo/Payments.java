package dev.patina.examples.typestate.transaction;

/**
 * Pays one invoice out of a {@link Ledger}, with two typestate bugs (the demo's broken
 * program; the fixed one is examples/src/main/java/dev/patina/examples/typestate/transaction):
 * the declined path returns with the transaction still open, neither committed nor rolled back,
 * and a balance is read after the commit has ended the transaction.
 */
public final class Payments {

  /** What paying one invoice did. */
  public enum Result { PAID, DECLINED, GAVE_UP }

  private final Ledger ledger;

  public Payments(Ledger ledger) {
    this.ledger = ledger;
  }

  public Result pay(String payer, String payee, long cents) {
    Transaction tx = ledger.transaction();
    tx.begin();
    try {
      tx.transfer(payer, payee, cents);
    } catch (InsufficientFundsException e) {
      return Result.DECLINED;             // bug: the transaction is dropped while still open
    }
    Outcome outcome = tx.commit();
    System.out.println(payee + " now has " + tx.balance(payee)); // bug: the commit ended it
    return outcome == Outcome.COMMITTED ? Result.PAID : Result.GAVE_UP;
  }
}
