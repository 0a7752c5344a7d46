package dev.patina.bench.reflect;

import dev.patina.runtime.reflect.FieldAccessor;
import dev.patina.runtime.reflect.MethodInvoker;
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

/**
 * The accounts and the ways of reaching their members that both benchmarks share: the tables
 * (accessors resolved once, and by name), {@code java.lang.reflect} and {@code MethodHandle}s.
 *
 * <p>Every handle is held in a {@code static final} field, as a user who cares about speed holds
 * them (and as {@code MethodHandle}s must be held to be inlined): the JIT then knows the exact
 * object. The {@code ...InField} rows read the resolved accessors from this state's instance fields
 * instead, which costs a load and a class check per call.
 */
@State(Scope.Thread)
public class Accounts {

  static final TypeInfo<Account> GENERATED = Reflect.of(Account.class);
  static final TypeInfo<PlainAccount> FALLBACK = Reflect.of(PlainAccount.class);
  static final FieldAccessor<Account> GENERATED_BALANCE = GENERATED.field("balance");
  static final FieldAccessor<PlainAccount> FALLBACK_BALANCE = FALLBACK.field("balance");
  static final MethodInvoker<Account> GENERATED_DEPOSIT = GENERATED.method("deposit", long.class);
  static final MethodInvoker<PlainAccount> FALLBACK_DEPOSIT = FALLBACK.method("deposit", long.class);
  static final Field BALANCE_FIELD;
  static final Method DEPOSIT_METHOD;
  static final MethodHandle BALANCE;
  static final MethodHandle DEPOSIT;

  static {
    try {
      BALANCE_FIELD = Account.class.getField("balance");
      DEPOSIT_METHOD = Account.class.getMethod("deposit", long.class);
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      BALANCE = lookup.findGetter(Account.class, "balance", long.class);
      DEPOSIT = lookup.findVirtual(Account.class, "deposit", MethodType.methodType(long.class, long.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  Account account;
  PlainAccount plain;
  FieldAccessor<Account> balanceInField;
  MethodInvoker<Account> depositInField;
  // the by-name rows read the name from here, as a name known only at run time would be: a
  // literal would let the JIT fold the string switch, which real by-name callers never see
  String balanceName;
  String depositName;
  long amount;

  @Setup
  public void setUp() {
    if (!Reflect.isGenerated(Account.class) || Reflect.isGenerated(PlainAccount.class)) {
      throw new IllegalStateException("the benchmark needs Account's generated table and PlainAccount's fallback");
    }
    account = new Account("ada", 1_000);
    plain = new PlainAccount("ada", 1_000);
    balanceInField = GENERATED_BALANCE;
    depositInField = GENERATED_DEPOSIT;
    balanceName = "balance";
    depositName = "deposit";
    // outside Long.valueOf's cache (-128..127), so that boxing the argument would show in B/op
    amount = 1_000;
  }
}
