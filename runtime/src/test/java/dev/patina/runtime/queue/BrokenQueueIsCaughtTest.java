package dev.patina.runtime.queue;

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
    assertThatThrownBy(() -> LincheckRuns.modelChecking(QueueOperations.BoundedSpec.class)
            .check(RacyClaimArrayQueueOps.class))
        .isInstanceOf(LincheckAssertionError.class)
        .satisfies(e -> {
          String report = e.getMessage();
          // the right failure: wrong results of a scenario with concurrent offers, not a crash
          assertThat(report).contains("Invalid execution results").contains("offer(");
          assertThat(report).doesNotContain("Exception");
          // the scenario table, not the whole trace
          String scenario = report.substring(0, report.indexOf("All operations above"));
          System.out.println("Lincheck caught the broken queue (negative control):" + scenario);
        });
  }
}
