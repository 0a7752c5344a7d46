package dev.patina.runtime.sync;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.StressOptions;

/**
 * The Lincheck configurations of the sync tests: short ones for every build (each test a few
 * seconds), long ones with {@code -Dpatina.lincheck.long=true} (the property {@code ./patina
 * stress} sets).
 */
final class LincheckRuns {

  static final boolean LONG = Boolean.getBoolean("patina.lincheck.long");

  private LincheckRuns() {}

  /** Model checking: Lincheck explores thread switches at every shared-memory access. */
  static void modelChecking(Class<?> test) {
    new ModelCheckingOptions()
        .iterations(LONG ? 100 : 8)
        .invocationsPerIteration(LONG ? 10_000 : 250)
        .threads(2)
        .actorsPerThread(3)
        .actorsBefore(2)
        .actorsAfter(2)
        .check(test);
  }

  /** Stress: real threads, many runs of random scenarios. */
  static void stress(Class<?> test) {
    new StressOptions()
        .iterations(LONG ? 200 : 10)
        .invocationsPerIteration(LONG ? 20_000 : 500)
        .threads(3)
        .actorsPerThread(3)
        .check(test);
  }
}
