package dev.patina.bench.reflect;

import dev.patina.bench.Baseline;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Reading {@code Account.balance} (a {@code long}) five ways. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FieldReadBench {

  @Benchmark
  @Baseline
  public long direct(Accounts s) {
    return s.account.balance;
  }

  @Benchmark
  public Object generatedTable(Accounts s) {
    return s.generated.get(s.account, "balance");
  }

  @Benchmark
  public Object byteBuddyFallback(Accounts s) {
    return s.fallback.get(s.plain, "balance");
  }

  @Benchmark
  public Object javaLangReflect(Accounts s) throws IllegalAccessException {
    return s.balanceField.get(s.account);
  }

  @Benchmark
  public long methodHandle(Accounts s) throws Throwable {
    return (long) Accounts.BALANCE.invokeExact(s.account);
  }
}
