package dev.patina.runtime.queue;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.StressOptions;

/**
 * The two Lincheck configurations of the queue tests: short ones for every {@code mvn verify}, and
 * long ones when {@code -Dpatina.lincheck.long=true} is set ({@code ./patina stress} sets it).
 */
final class LincheckRuns {

  /** True for the long configurations of {@code ./patina stress}. */
  static final boolean LONG = Boolean.getBoolean("patina.lincheck.long");

  private LincheckRuns() {}

  /** Bounded model checking: Lincheck explores thread switches at every shared-memory access. */
  static ModelCheckingOptions modelChecking(Class<?> sequentialSpecification) {
    return new ModelCheckingOptions()
        .iterations(LONG ? 100 : 8)
        .invocationsPerIteration(LONG ? 10_000 : 300)
        .threads(3)
        .actorsPerThread(3)
        .sequentialSpecification(sequentialSpecification);
  }

  /** Stress: real threads, many invocations, no control over the interleaving. */
  static StressOptions stress(Class<?> sequentialSpecification) {
    return new StressOptions()
        .iterations(LONG ? 200 : 10)
        .invocationsPerIteration(LONG ? 20_000 : 1_000)
        .threads(3)
        .actorsPerThread(3)
        .sequentialSpecification(sequentialSpecification);
  }
}
