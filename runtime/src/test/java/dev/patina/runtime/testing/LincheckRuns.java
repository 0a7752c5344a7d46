package dev.patina.runtime.testing;

import org.jetbrains.lincheck.datastructures.CTestConfiguration;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.StressOptions;

/**
 * The sizes of the runtime's Lincheck runs: short ones for every build, long ones when {@code
 * -Dpatina.lincheck.long=true} is set ({@code ./patina stress} sets it). Every run has 3
 * operations per thread, and stress runs 3 threads; a family of tests picks the rest of its
 * scenario shape ({@link #QUEUES}, {@link #SYNC}).
 *
 * @param modelCheckingThreads the threads of a model-checking scenario
 * @param actorsAround the operations before and after the parallel part of a model-checking
 *     scenario
 * @param modelCheckingInvocations the invocations per model-checking iteration of the short runs
 * @param stressInvocations the invocations per stress iteration of the short runs
 */
public record LincheckRuns(
    int modelCheckingThreads, int actorsAround, int modelCheckingInvocations, int stressInvocations) {

  /** True for the long configurations of {@code ./patina stress}. */
  public static final boolean LONG = Boolean.getBoolean("patina.lincheck.long");

  /**
   * The queues and the deque: 3 threads, with Lincheck's default operations before and after,
   * 300 invocations (stress 1,000), each checked against a sequential specification.
   */
  public static final LincheckRuns QUEUES =
      new LincheckRuns(3, CTestConfiguration.DEFAULT_ACTORS_BEFORE, 300, 1_000);

  /**
   * The sync primitives: 2 threads with 2 operations before and after, 250 invocations (stress
   * 500), which keeps each test a few seconds.
   */
  public static final LincheckRuns SYNC = new LincheckRuns(2, 2, 250, 500);

  /** Model checking: Lincheck explores thread switches at every shared-memory access. */
  public ModelCheckingOptions modelChecking() {
    return new ModelCheckingOptions()
        .iterations(LONG ? 100 : 8)
        .invocationsPerIteration(LONG ? 10_000 : modelCheckingInvocations)
        .threads(modelCheckingThreads)
        .actorsPerThread(3)
        .actorsBefore(actorsAround)
        .actorsAfter(actorsAround);
  }

  /** {@link #modelChecking()} against {@code sequentialSpecification}. */
  public ModelCheckingOptions modelChecking(Class<?> sequentialSpecification) {
    return modelChecking().sequentialSpecification(sequentialSpecification);
  }

  /** Stress: real threads, many runs of random scenarios, no control over the interleaving. */
  public StressOptions stress() {
    return new StressOptions()
        .iterations(LONG ? 200 : 10)
        .invocationsPerIteration(LONG ? 20_000 : stressInvocations)
        .threads(3)
        .actorsPerThread(3);
  }

  /** {@link #stress()} against {@code sequentialSpecification}. */
  public StressOptions stress(Class<?> sequentialSpecification) {
    return stress().sequentialSpecification(sequentialSpecification);
  }
}
