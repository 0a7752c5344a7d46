package golden.account;

import dev.patina.derive.Reflect;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A bank account: public, package-private, private and static members, overloads, a checked exception. */
@Reflect
@Deprecated(since = "2.0", forRemoval = false)
public class Account implements Comparable<Account> {
  public static final String CURRENCY = "EUR";
  public String owner;
  long balanceCents;
  private final List<String> history = new ArrayList<>();

  public Account(String owner) {
    this(owner, 0);
  }

  public Account(String owner, long balanceCents) {
    this.owner = owner;
    this.balanceCents = balanceCents;
  }

  private Account() {
    this("nobody");
  }

  public void deposit(long cents) {
    balanceCents += cents;
    history.add("+" + cents);
  }

  public void deposit(int euros, int cents) {
    deposit(euros * 100L + cents);
  }

  public long balance() {
    return balanceCents;
  }

  public static Account open(String owner) {
    return new Account(owner);
  }

  public void export(Appendable out) throws IOException {
    out.append(owner).append(": ").append(String.valueOf(balanceCents));
  }

  private String audit() {
    return String.join(",", history);
  }

  @Override
  public int compareTo(Account other) {
    return Long.compare(balanceCents, other.balanceCents);
  }
}
