package dev.patina.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.examples.PatinaCheckout.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The typestate, units and derive examples are correct programs: {@code ./patina check}, with every
 * checker it registers, finds nothing in them. (The module's own build checks them too, once its
 * pom lists the checkers; this test holds whichever checkers the CLI registers.)
 */
class CheckedExamplesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"typestate", "units", "derive"})
  void everyCheckerAcceptsTheExamples(String example) throws Exception {
    String dir = "examples/src/main/java/dev/patina/examples/" + example;
    Run run = PatinaCheckout.run(PatinaCheckout.home(),
        PatinaCheckout.patinaCommand("check", "--format", "human", "--color", "never", dir));
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).as(run.output()).containsPattern("no problems found in \\d+ files");
  }
}
