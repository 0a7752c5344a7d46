package dev.patina.examples.typestate.transaction;

import dev.patina.ownership.Affine;
import dev.patina.typestate.Drops;
import dev.patina.typestate.Ensures;
import dev.patina.typestate.EnsuresWhen;
import dev.patina.typestate.Protocol;
import dev.patina.typestate.Requires;
import java.util.HashMap;
import java.util.Map;

/**
 * A unit of work on a {@link Ledger}: {@link #begin()}, then {@link #transfer}s, then {@link
 * #commit()} or {@link #rollback()}. The typestate checker rejects work outside {@code begin ...
 * commit}, and a transaction that was begun and then forgotten ({@code Active} is not an end
 * state). {@link #commit()} can fail: its {@link Outcome} says which state it left, so a {@code
 * switch} on it knows. {@link #abort()} is for the paths where the state is not known, a {@code
 * catch} after work that may have thrown: it ends the transaction from any state.
 *
 * <p>{@code @Affine}: one owner at a time, so no second name can commit behind the first's back.
 */
@Affine
@Protocol(
    states = {"Idle", "Active", "Committed", "RolledBack"},
    initial = "Idle",
    end = {"Idle", "Committed", "RolledBack"})
public final class Transaction {

  private final Ledger ledger;
  private final Map<String, Long> readVersions = new HashMap<>();
  private final Map<String, Long> balances = new HashMap<>();
  private String state = "Idle";

  Transaction(Ledger ledger) {
    this.ledger = ledger;
  }

  /** Starts the transaction. */
  @Requires("Idle")
  @Ensures("Active")
  public void begin() {
    expect("begin", "Idle");
    state = "Active";
  }

  /** The balance of {@code account} as this transaction sees it, its own transfers included. */
  @Requires("Active")
  public long balance(String account) {
    expect("read a balance", "Active");
    return read(account);
  }

  /**
   * Moves {@code cents} from one account to another. A transfer that would overdraw {@code from}
   * throws and changes nothing; the transaction stays active, to be rolled back or continued.
   */
  @Requires("Active")
  public void transfer(String from, String to, long cents) throws InsufficientFundsException {
    expect("transfer", "Active");
    if (cents <= 0) {
      throw new IllegalArgumentException("a transfer moves a positive amount, not " + cents);
    }
    long available = read(from);
    if (available < cents) {
      throw new InsufficientFundsException(from, available, cents);
    }
    long received = read(to);
    balances.put(from, available - cents);
    balances.put(to, received + cents);
  }

  /** Applies the transfers, unless another commit changed an account this one read. */
  @Requires("Active")
  @EnsuresWhen(result = "COMMITTED", state = "Committed")
  @EnsuresWhen(result = "CONFLICT", state = "RolledBack")
  public Outcome commit() {
    expect("commit", "Active");
    if (ledger.apply(readVersions, balances)) {
      state = "Committed";
      return Outcome.COMMITTED;
    }
    state = "RolledBack";
    return Outcome.CONFLICT;
  }

  /** Forgets the transfers. */
  @Requires("Active")
  @Ensures("RolledBack")
  public void rollback() {
    expect("roll back", "Active");
    state = "RolledBack";
  }

  /**
   * Ends the transaction whatever its state: an active one is rolled back, a finished one stays
   * as it is. For {@code catch} blocks, where the work before may or may not have begun it.
   */
  @Drops
  public void abort() {
    if (state.equals("Active")) {
      state = "RolledBack";
    }
  }

  private long read(String account) {
    Long mine = balances.get(account);
    if (mine != null) {
      return mine;
    }
    readVersions.putIfAbsent(account, ledger.version(account));
    return ledger.balance(account);
  }

  private void expect(String action, String needed) {
    if (!state.equals(needed)) {
      throw new IllegalStateException("cannot " + action + ": the transaction is " + state + ", not " + needed);
    }
  }
}
