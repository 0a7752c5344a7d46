package dev.patina.bench.reflect;

import dev.patina.bench.Baseline;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Calling {@code Account.deposit(long)} five ways. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MethodCallBench {

  @Benchmark
  @Baseline
  public long direct(Accounts s) {
    return s.account.deposit(s.amount);
  }

  @Benchmark
  public Object generatedTable(Accounts s) {
    return s.generated.invoke(s.account, "deposit", s.amount);
  }

  @Benchmark
  public Object byteBuddyFallback(Accounts s) {
    return s.fallback.invoke(s.plain, "deposit", s.amount);
  }

  @Benchmark
  public Object javaLangReflect(Accounts s) throws IllegalAccessException, InvocationTargetException {
    return s.depositMethod.invoke(s.account, s.amount);
  }

  @Benchmark
  public long methodHandle(Accounts s) throws Throwable {
    return (long) Accounts.DEPOSIT.invokeExact(s.account, s.amount);
  }
}
