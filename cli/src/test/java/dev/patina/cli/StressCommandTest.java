package dev.patina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code patina stress}: its help and its argument check (running it takes tens of minutes). */
class StressCommandTest {

  @Test
  void hasHelpThatSaysWhatRuns() {
    CliRun run = CliRun.of("stress", "--help");
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains("Usage: patina stress").contains("Lincheck").contains("jcstress")
        .contains("--jcstress-mode");
  }

  @Test
  void anUnknownJcstressModeIsAUsageErrorBeforeAnythingRuns() {
    CliRun run = CliRun.of("stress", "--jcstress-mode", "forever");
    assertThat(run.exit()).as(run.all()).isEqualTo(2);
    assertThat(run.err()).contains("--jcstress-mode must be quick, default, tough or stress");
  }
}
