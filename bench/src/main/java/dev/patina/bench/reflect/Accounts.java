package dev.patina.bench.reflect;

import dev.patina.runtime.reflect.Reflect;
import dev.patina.runtime.reflect.TypeInfo;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The accounts and the five ways of reaching their members that both benchmarks share. */
@State(Scope.Thread)
public class Accounts {

  // static final, as a user who cares about MethodHandle speed holds them: the JIT then inlines them
  static final MethodHandle BALANCE;
  static final MethodHandle DEPOSIT;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      BALANCE = lookup.findGetter(Account.class, "balance", long.class);
      DEPOSIT = lookup.findVirtual(Account.class, "deposit", MethodType.methodType(long.class, long.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  Account account;
  PlainAccount plain;
  TypeInfo<Account> generated;
  TypeInfo<PlainAccount> fallback;
  Field balanceField;
  Method depositMethod;
  long amount;

  @Setup
  public void setUp() throws ReflectiveOperationException {
    account = new Account("ada", 1_000);
    plain = new PlainAccount("ada", 1_000);
    generated = Reflect.of(Account.class);
    fallback = Reflect.of(PlainAccount.class);
    if (!Reflect.isGenerated(Account.class) || Reflect.isGenerated(PlainAccount.class)) {
      throw new IllegalStateException("the benchmark needs Account's generated table and PlainAccount's fallback");
    }
    balanceField = Account.class.getField("balance");
    depositMethod = Account.class.getMethod("deposit", long.class);
    amount = 3;
  }
}
