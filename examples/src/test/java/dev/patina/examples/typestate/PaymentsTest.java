package dev.patina.examples.typestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.examples.typestate.transaction.Ledger;
import dev.patina.examples.typestate.transaction.Payments;
import dev.patina.examples.typestate.transaction.Transaction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ledger transactions at run time: all or nothing, optimistic conflicts, and the protocol's runtime checks. */
class PaymentsTest {

  private Ledger ledger;
  private Payments payments;

  @BeforeEach
  void open() {
    ledger = new Ledger();
    ledger.open("acme", 10_000);
    ledger.open("bob", 500);
    ledger.open("carol", 0);
    payments = new Payments(ledger);
  }

  @Test
  void aPaymentMovesTheMoney() {
    assertThat(payments.pay("acme", "bob", 2_500, 3)).isEqualTo(Payments.Result.PAID);
    assertThat(ledger.balances()).isEqualTo(Map.of("acme", 7_500L, "bob", 3_000L, "carol", 0L));
  }

  @Test
  void aPaymentThePayerCannotCoverIsDeclinedAndChangesNothing() {
    assertThat(payments.pay("carol", "bob", 1, 3)).isEqualTo(Payments.Result.DECLINED);
    assertThat(ledger.balances()).isEqualTo(Map.of("acme", 10_000L, "bob", 500L, "carol", 0L));
    assertThat(payments.log()).containsExactly("declined: account carol holds 0 cents, cannot transfer 1");
  }

  @Test
  void theTransactionThatLosesARaceConflictsAndAppliesNothing() {
    assertThat(payments.raceOn("acme", "carol")).isFalse();
    assertThat(payments.log()).containsExactly(
        "the fast transaction moved 1 from acme to carol",
        "the slow transaction saw 10000 in acme before the fast one committed");
    // only the fast transaction's cent moved
    assertThat(ledger.balances()).isEqualTo(Map.of("acme", 9_999L, "bob", 500L, "carol", 1L));
  }

  @Test
  void aBatchIsAllOrNothing() {
    assertThat(payments.payAll("bob", List.of("carol", "dave"), 50)).isFalse();
    assertThat(ledger.balances()).isEqualTo(Map.of("acme", 10_000L, "bob", 500L, "carol", 0L));
    assertThat(payments.payAll("bob", List.of("carol", "acme"), 300)).isFalse(); // the second runs short
    assertThat(ledger.balance("bob")).isEqualTo(500);
    assertThat(payments.payAll("acme", List.of("bob", "carol"), 1_000)).isTrue();
    assertThat(ledger.balances()).isEqualTo(Map.of("acme", 8_000L, "bob", 1_500L, "carol", 1_000L));
  }

  @Test
  void aTransactionSeesItsOwnTransfers() throws Exception {
    Transaction tx = ledger.transaction();
    tx.begin();
    try {
      tx.transfer("acme", "bob", 100);
      assertThat(tx.balance("bob")).isEqualTo(600);
      assertThat(ledger.balance("bob")).isEqualTo(500);
    } finally {
      tx.rollback();
    }
    assertThat(ledger.balance("bob")).isEqualTo(500);
  }

  @Test
  @SuppressWarnings("typestate") // deliberately wrong: work before begin() and after commit() (T0001)
  void workOutsideBeginAndCommitThrowsAtRunTime() {
    Transaction tx = ledger.transaction();
    assertThatThrownBy(() -> tx.transfer("acme", "bob", 1)).isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot transfer: the transaction is Idle, not Active");
    tx.begin();
    tx.commit();
    assertThatThrownBy(tx::rollback).isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot roll back: the transaction is Committed, not Active");
    tx.abort(); // allowed in any state
  }
}
