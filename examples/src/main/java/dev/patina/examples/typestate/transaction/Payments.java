package dev.patina.examples.typestate.transaction;

import java.util.ArrayList;
import java.util.List;

/**
 * Pays invoices out of a {@link Ledger}, one transaction each, retrying on a conflict. Every
 * transaction that is begun ends committed or rolled back on every path, the exceptional ones
 * included. {@code examples/compile-fail/typestate/misuse/transaction} holds the mistakes the
 * typestate checker rejects.
 */
public final class Payments {

  /** What paying one invoice did. */
  public enum Result { PAID, DECLINED, GAVE_UP }

  private final Ledger ledger;
  private final List<String> log = new ArrayList<>();

  /** Payments out of {@code ledger}. */
  public Payments(Ledger ledger) {
    this.ledger = ledger;
  }

  /** What happened so far, one line per attempt. */
  public List<String> log() {
    return List.copyOf(log);
  }

  /**
   * Moves {@code cents} from {@code payer} to {@code payee}, retrying up to {@code attempts}
   * times when a concurrent commit got in the way; declined when the payer cannot cover it.
   */
  public Result pay(String payer, String payee, long cents, int attempts) {
    for (int attempt = 1; attempt <= attempts; attempt++) {
      Transaction tx = ledger.transaction();
      tx.begin();
      try {
        tx.transfer(payer, payee, cents);
      } catch (InsufficientFundsException e) {
        tx.rollback();
        log.add("declined: " + e.getMessage());
        return Result.DECLINED;
      }
      switch (tx.commit()) {
        case COMMITTED -> {
          log.add("paid " + cents + " from " + payer + " to " + payee + " (attempt " + attempt + ")");
          return Result.PAID;
        }
        case CONFLICT -> log.add("conflict on attempt " + attempt + ", retrying");
      }
    }
    return Result.GAVE_UP;
  }

  /**
   * Pays every payee the same amount, all or nothing: a bad payee name (which throws) or a payer
   * who runs short aborts the whole batch.
   */
  public boolean payAll(String payer, List<String> payees, long cents) {
    Transaction tx = ledger.transaction();
    try {
      tx.begin();
      for (String payee : payees) {
        tx.transfer(payer, payee, cents);
      }
      Outcome outcome = tx.commit();
      log.add("batch of " + payees.size() + " from " + payer + ": " + outcome);
      return outcome == Outcome.COMMITTED;
    } catch (InsufficientFundsException | IllegalArgumentException e) {
      tx.abort(); // begun or not, with some transfers done or none: abort ends it from any state
      log.add("batch aborted: " + e.getMessage());
      return false;
    }
  }

  /**
   * A transaction that reads {@code account} and then loses a race: {@code other} commits a change
   * to it in between, so the first one's commit reports {@link Outcome#CONFLICT}. Returns whether
   * the slow transaction committed nonetheless (it should not).
   */
  public boolean raceOn(String account, String other) {
    Transaction slow = ledger.transaction();
    slow.begin();
    long seen = slow.balance(account);
    Transaction fast = ledger.transaction();
    fast.begin();
    try {
      fast.transfer(account, other, 1);
      switch (fast.commit()) {
        case COMMITTED -> log.add("the fast transaction moved 1 from " + account + " to " + other);
        case CONFLICT -> log.add("the fast transaction conflicted too");
      }
    } catch (InsufficientFundsException e) {
      fast.rollback();
    }
    log.add("the slow transaction saw " + seen + " in " + account + " before the fast one committed");
    try {
      slow.transfer(account, other, 1);
    } catch (InsufficientFundsException e) {
      slow.rollback();
      return false;
    }
    return slow.commit() == Outcome.COMMITTED;
  }

  public static void main(String[] args) {
    Ledger ledger = new Ledger();
    ledger.open("acme", 10_000);
    ledger.open("bob", 500);
    ledger.open("carol", 0);
    Payments payments = new Payments(ledger);
    payments.pay("acme", "bob", 2_500, 3);
    payments.pay("carol", "bob", 100, 3);
    System.out.println("the slow transaction committed after losing the race: " + payments.raceOn("acme", "carol"));
    payments.payAll("bob", List.of("carol", "dave"), 50);
    payments.payAll("acme", List.of("bob", "carol"), 1_000);
    payments.log().forEach(System.out::println);
    System.out.println("balances: " + ledger.balances());
  }
}
