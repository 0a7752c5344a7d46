package dev.patina.bench.reflect;

import dev.patina.bench.Baseline;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Calling {@code long Account.deposit(long)}: directly; through an invoker resolved once ({@code
 * method("deposit", long.class).invokeLong(target, amount)}) from the generated table and from
 * the ByteBuddy fallback; by name on every call ({@code invoke(target, "deposit", amount)},
 * boxed); through {@code Method.invoke} and a {@code MethodHandle}; every handle in a {@code
 * static final} field (see {@link Accounts}), and the generated invoker once more from an instance
 * field.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MethodCallBench {

  @Benchmark
  @Baseline
  public long direct(Accounts s) {
    return s.account.deposit(s.amount);
  }

  @Benchmark
  public long generatedInvoker(Accounts s) {
    return Accounts.GENERATED_DEPOSIT.invokeLong(s.account, s.amount);
  }

  @Benchmark
  public long generatedInvokerInField(Accounts s) {
    return s.depositInField.invokeLong(s.account, s.amount);
  }

  @Benchmark
  public long fallbackInvoker(Accounts s) {
    return Accounts.FALLBACK_DEPOSIT.invokeLong(s.plain, s.amount);
  }

  @Benchmark
  public Object generatedByName(Accounts s) {
    return Accounts.GENERATED.invoke(s.account, s.depositName, s.amount);
  }

  @Benchmark
  public Object fallbackByName(Accounts s) {
    return Accounts.FALLBACK.invoke(s.plain, s.depositName, s.amount);
  }

  @Benchmark
  public Object javaLangReflect(Accounts s) throws IllegalAccessException, InvocationTargetException {
    return Accounts.DEPOSIT_METHOD.invoke(s.account, s.amount);
  }

  @Benchmark
  public long methodHandle(Accounts s) throws Throwable {
    return (long) Accounts.DEPOSIT.invokeExact(s.account, s.amount);
  }
}
