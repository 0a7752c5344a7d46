package dev.patina.examples.typestate.transaction;

/** A transfer would overdraw its source account; the transaction is still active. */
public final class InsufficientFundsException extends Exception {

  private static final long serialVersionUID = 1L;

  InsufficientFundsException(String account, long balance, long cents) {
    super("account " + account + " holds " + balance + " cents, cannot transfer " + cents);
  }
}
