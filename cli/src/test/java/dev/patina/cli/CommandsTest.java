package dev.patina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The commands that need no compilation: usage, help, bench, the path printers, demo. */
class CommandsTest {

  @Test
  void noArgumentsPrintsUsage() {
    CliRun run = CliRun.of();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: patina").contains("check").contains("explain").contains("demo");
  }

  @Test
  void everyCommandHasHelp() {
    for (String cmd : new String[] {"check", "explain", "demo", "javac", "java", "classpath", "processorpath", "bench", "test", "expand", "gb", "stress"}) {
      CliRun run = CliRun.of(cmd, "--help");
      assertThat(run.exit()).as(cmd).isZero();
      assertThat(run.out()).as(cmd).contains("Usage: patina " + cmd);
    }
  }

  @Test
  void unknownCommandsAndOptionsAreUsageErrors() {
    CliRun run = CliRun.of("chek");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("check").doesNotContain("Exception");
    assertThat(CliRun.of("check", "--bogus", "x.java").exit()).isEqualTo(2);
  }

  @Test
  void pathCommandsPrintTheBuildsPaths() {
    CliRun cp = CliRun.of("classpath");
    assertThat(cp.exit()).as(cp.all()).isZero();
    assertThat(cp.out()).contains("patina-annotations");
    CliRun pp = CliRun.of("processorpath");
    assertThat(pp.exit()).as(pp.all()).isZero();
    assertThat(pp.out()).contains("patina-checkers").contains("checker-4");
  }

  @Test
  void demoShowsTheBugsAndTheCleanFix() {
    CliRun run = CliRun.of("demo", "--color=never");
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out())
        .contains("error[P0382]")
        .contains("error[P1001]")
        .contains("error[P1002]")
        .contains("error[P0507]")
        .contains("error[T0001]")
        .contains("error[T0002]")
        .contains("error[U0001]")
        .contains("error[U0002]")
        .contains("-->")
        .contains("help:")
        .contains("no problems found in 3 files");
  }
}
