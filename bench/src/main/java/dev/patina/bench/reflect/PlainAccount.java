package dev.patina.bench.reflect;

/**
 * The same account without {@code @Reflect}: {@code Reflect.of} builds its table at run time with
 * ByteBuddy.
 */
public final class PlainAccount {
  public long balance;
  public final String owner;

  public PlainAccount(String owner, long balance) {
    this.owner = owner;
    this.balance = balance;
  }

  /** Adds {@code amount} and returns the new balance. */
  public long deposit(long amount) {
    balance += amount;
    return balance;
  }
}
