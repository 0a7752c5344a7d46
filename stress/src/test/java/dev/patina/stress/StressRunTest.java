package dev.patina.stress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** StressRun's verdicts, on output in the form jcstress 0.16 prints it (taken from real runs). */
class StressRunTest {

  private static final String PASSING = """
      (Results: 60 planned; 1 passed, 0 failed, 0 soft errs, 0 hard errs)
      (Results: 60 planned; 50 passed, 0 failed, 0 soft errs, 0 hard errs)
      (Results: 60 planned; 60 passed, 0 failed, 0 soft errs, 0 hard errs)
        Error tests: No matches.
      """;

  private static final String CAUGHT = """
      (Results: 4 planned; 0 passed, 1 failed, 0 soft errs, 0 hard errs)
      ...... [FAILED] dev.patina.stress.broken.RacyClaimLosesElements
        RESULT  SAMPLES     FREQU      EXPECT  DESCRIPTION
             1       57   76.00%   Forbidden  an element was lost: two producers claimed the same slot
      (Results: 4 planned; 0 passed, 4 failed, 0 soft errs, 0 hard errs)
      Exception in thread "main" java.lang.AssertionError: TEST FAILURES:\s
      dev.patina.stress.broken.RacyClaimLosesElements []: Observed forbidden state: 1 (an element was lost: two producers claimed the same slot)
      """;

  @Test
  void aCleanRunPasses() {
    StressRun.Verdict v = StressRun.parse(0, PASSING);
    assertThat(v.planned()).isEqualTo(60);
    assertThat(v.passed()).isEqualTo(60);
    assertThat(v.passedCleanly()).isTrue();
    assertThat(v.caughtForbidden()).isFalse();
  }

  @Test
  void aRunThatStoppedEarlyOrRanNothingDoesNotPass() {
    assertThat(StressRun.parse(0, "(Results: 60 planned; 50 passed, 0 failed, 0 soft errs, 0 hard errs)")
        .passedCleanly()).isFalse();
    assertThat(StressRun.parse(0, "no tests matched").passedCleanly()).isFalse();
    assertThat(StressRun.parse(1, PASSING).passedCleanly()).isFalse();
  }

  @Test
  void theNegativeControlCountsAsCaughtOnlyWithAForbiddenOutcome() {
    StressRun.Verdict v = StressRun.parse(1, CAUGHT);
    assertThat(v.caughtForbidden()).isTrue();
    assertThat(v.forbidden()).containsExactly(
        "Observed forbidden state: 1 (an element was lost: two producers claimed the same slot)");
    // failing because a fork crashed is not the bug the control stands for
    assertThat(StressRun.parse(1, "(Results: 4 planned; 0 passed, 4 failed, 0 soft errs, 4 hard errs)")
        .caughtForbidden()).isFalse();
    assertThat(StressRun.parse(0, PASSING).caughtForbidden()).isFalse();
  }
}
