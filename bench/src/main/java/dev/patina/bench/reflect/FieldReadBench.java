package dev.patina.bench.reflect;

import dev.patina.bench.Baseline;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Reading {@code Account.balance} (a {@code long}): directly; through an accessor resolved once
 * ({@code field("balance").getLong(target)}) from the generated table and from the ByteBuddy
 * fallback; by name on every call ({@code get(target, "balance")}, boxed); through {@code
 * Field.getLong} and a {@code MethodHandle}; every handle in a {@code static final} field (see
 * {@link Accounts}), and the generated accessor once more from an instance field.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FieldReadBench {

  @Benchmark
  @Baseline
  public long direct(Accounts s) {
    return s.account.balance;
  }

  @Benchmark
  public long generatedAccessor(Accounts s) {
    return Accounts.GENERATED_BALANCE.getLong(s.account);
  }

  @Benchmark
  public long generatedAccessorInField(Accounts s) {
    return s.balanceInField.getLong(s.account);
  }

  @Benchmark
  public long fallbackAccessor(Accounts s) {
    return Accounts.FALLBACK_BALANCE.getLong(s.plain);
  }

  @Benchmark
  public Object generatedByName(Accounts s) {
    return Accounts.GENERATED.get(s.account, s.balanceName);
  }

  @Benchmark
  public Object fallbackByName(Accounts s) {
    return Accounts.FALLBACK.get(s.plain, s.balanceName);
  }

  @Benchmark
  public long javaLangReflect(Accounts s) throws IllegalAccessException {
    return Accounts.BALANCE_FIELD.getLong(s.account);
  }

  @Benchmark
  public long methodHandle(Accounts s) throws Throwable {
    return (long) Accounts.BALANCE.invokeExact(s.account);
  }
}
