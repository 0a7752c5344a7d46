package dev.patina.examples.typestate.transaction;

import dev.patina.typestate.State;
import java.util.Map;
import java.util.TreeMap;

/**
 * Account balances in cents, changed only through {@link Transaction}s. Concurrency control is
 * optimistic: a transaction remembers the version of every account it read, and its commit fails
 * with {@link Outcome#CONFLICT} if another transaction committed a change to one of them first.
 * Not thread-safe: the interleaving that conflicts is two transactions open at once on one thread.
 */
public final class Ledger {

  private record Entry(long cents, long version) {}

  private final Map<String, Entry> accounts = new TreeMap<>();

  /** Opens {@code account} with {@code cents}; the name must be new. */
  public void open(String account, long cents) {
    if (cents < 0) {
      throw new IllegalArgumentException("an account cannot open overdrawn: " + account + " " + cents);
    }
    if (accounts.putIfAbsent(account, new Entry(cents, 0)) != null) {
      throw new IllegalArgumentException("account " + account + " already exists");
    }
  }

  /**
   * A new transaction on this ledger, not begun yet. The result's {@code @State} tells the
   * typestate checker where the caller's object starts, as {@code new} would.
   */
  public @State("Idle") Transaction transaction() {
    return new Transaction(this);
  }

  /** The committed balance of {@code account}. */
  public long balance(String account) {
    return entry(account).cents();
  }

  /** The committed balances, by account name. */
  public Map<String, Long> balances() {
    Map<String, Long> out = new TreeMap<>();
    accounts.forEach((name, e) -> out.put(name, e.cents()));
    return out;
  }

  long version(String account) {
    return entry(account).version();
  }

  /**
   * Applies the changes if no account read at {@code readVersions} has changed since; all or
   * nothing.
   */
  boolean apply(Map<String, Long> readVersions, Map<String, Long> newBalances) {
    for (Map.Entry<String, Long> read : readVersions.entrySet()) {
      if (entry(read.getKey()).version() != read.getValue()) {
        return false;
      }
    }
    newBalances.forEach((name, cents) -> accounts.put(name, new Entry(cents, entry(name).version() + 1)));
    return true;
  }

  private Entry entry(String account) {
    Entry e = accounts.get(account);
    if (e == null) {
      throw new IllegalArgumentException("no account " + account);
    }
    return e;
  }
}
