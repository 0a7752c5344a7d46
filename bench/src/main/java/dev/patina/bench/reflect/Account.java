package dev.patina.bench.reflect;

import dev.patina.derive.Reflect;

/** A bank account with a generated reflection table. */
@Reflect
public final class Account {
  public long balance;
  public final String owner;

  public Account(String owner, long balance) {
    this.owner = owner;
    this.balance = balance;
  }

  /** Adds {@code amount} and returns the new balance. */
  public long deposit(long amount) {
    balance += amount;
    return balance;
  }
}
