package dev.patina.checkers.typestate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.checkers.ownership.OwnershipChecker;
import dev.patina.checkers.testing.InProcessCompile;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ownership and typestate checkers in one javac, as {@code ./patina check} runs them: the
 * errors of one must not make the other take them for javac errors and stop checking, in either
 * order; a real javac error still stops both.
 */
class SiblingCheckersTest {

  private static final String SOURCE = """
      import dev.patina.ownership.*;
      import dev.patina.typestate.*;
      @Linear
      @Protocol(states = {"Idle", "Busy"}, initial = "Idle", end = {"Idle"})
      class Job {
        @Requires("Idle") @Ensures("Busy") void start() {}
        @Consume @Requires("Busy") @Ensures("Idle") void finish() {}
      }
      class First {
        void leak() { Job j = new Job(); }                 // P1001 (and no T0002: Idle is an end state)
      }
      class Second {
        void early() { Job j = new Job(); j.finish(); }    // T0001
      }
      class Third {
        void leakAgain() { Job j = new Job(); }            // P1001
      }
      """;

  @Test
  void bothReportWhateverTheOrder() throws IOException {
    for (List<javax.annotation.processing.Processor> order : List.of(
        List.<javax.annotation.processing.Processor>of(new OwnershipChecker(), new TypestateChecker()),
        List.<javax.annotation.processing.Processor>of(new TypestateChecker(), new OwnershipChecker()))) {
      List<String> messages = InProcessCompile.messages(InProcessCompile.runAll(SOURCE, order, List.of()));
      assertThat(messages.stream().filter(m -> m.startsWith("[P1001]"))).as("ownership, %s", order).hasSize(2);
      assertThat(messages.stream().filter(m -> m.startsWith("[T0001]"))).as("typestate, %s", order).hasSize(1);
    }
  }

  @Test
  void aJavacErrorStillStopsThem() throws IOException {
    String broken = SOURCE.substring(0, SOURCE.indexOf("class First"))
        + "class Broken { void m() { Job j = new Job(); j.finish(); int x = \"text\"; } }\n";
    List<String> messages = InProcessCompile.messages(InProcessCompile.runAll(
        broken, List.of(new OwnershipChecker(), new TypestateChecker()), List.of()));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("incompatible types"));
    assertThat(messages).noneMatch(m -> m.startsWith("[T0001]") || m.startsWith("[P"));
  }
}
