package dev.patina.runtime.queue;

import static dev.patina.runtime.testing.LincheckRuns.QUEUES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jetbrains.lincheck.LincheckAssertionError;
import org.junit.jupiter.api.Test;

/**
 * The negative control: the Lincheck tests that pass for {@link MpmcArrayQueue} must fail for
 * {@link RacyClaimArrayQueue}, which differs from it only in claiming the producer index with a
 * read and a write instead of a CAS. A failure here means the Lincheck configuration is too weak
 * to catch a real race.
 */
class BrokenQueueIsCaughtTest {

  public static class RacyClaimArrayQueueOps extends QueueOperations.Bounded {
    public RacyClaimArrayQueueOps() {
      super(new RacyClaimArrayQueue<>(CAPACITY));
    }
  }

  @Test
  void modelCheckingReportsTheLostElement() {
    assertThatThrownBy(() -> QUEUES.modelChecking(QueueOperations.BoundedSpec.class)
            .check(RacyClaimArrayQueueOps.class))
        .isInstanceOf(LincheckAssertionError.class)
        .satisfies(e -> {
          String report = e.getMessage();
          // the right failure, not a crash: the lost element shows as wrong results, or, when a
          // producer moved the index back (see RacyClaimArrayQueue), as an offer that hangs
          assertThat(report).containsAnyOf("= Invalid execution results =", "= The execution has hung")
              .contains("offer(")
              .doesNotContain("unexpected exception");
          // the scenario table, not the whole trace
          int end = report.indexOf("All operations above");
          String scenario = end < 0 ? report : report.substring(0, end);
          System.out.println("Lincheck caught the broken queue (negative control):" + scenario);
        });
  }
}
