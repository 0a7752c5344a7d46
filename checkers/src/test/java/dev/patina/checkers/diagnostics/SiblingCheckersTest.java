package dev.patina.checkers.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.checkers.ownership.OwnershipChecker;
import dev.patina.checkers.testing.InProcessCompile;
import dev.patina.checkers.typestate.TypestateChecker;
import dev.patina.checkers.units.UnitsChecker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/**
 * The ownership, typestate and units checkers in one javac, as {@code ./patina check} runs them:
 * the errors of one must not make another take them for javac errors and stop checking, in any
 * order; a real javac error still stops them all.
 */
class SiblingCheckersTest {

  private static final String SOURCE = """
      import dev.patina.ownership.*;
      import dev.patina.typestate.*;
      import dev.patina.units.Unit;
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
        double load(@Unit("kg") double mass, @Unit("s") double time) { return mass + time; }   // U0001
      }
      class Fourth {
        void leakAgain() { Job j = new Job(); }            // P1001
      }
      class Fifth {
        boolean above(@Unit("km") double altitude, @Unit("m") double floor) { return altitude > floor; }  // U0002
      }
      class Sixth {
        void earlyAgain() { Job j = new Job(); j.finish(); }   // T0001
      }
      """;

  private static final List<Supplier<Processor>> CHECKERS =
      List.of(OwnershipChecker::new, TypestateChecker::new, UnitsChecker::new);

  @Test
  void allReportWhateverTheOrder() throws IOException {
    for (List<Integer> order : List.of(
        List.of(0, 1, 2), List.of(0, 2, 1), List.of(1, 0, 2), List.of(1, 2, 0), List.of(2, 0, 1), List.of(2, 1, 0))) {
      List<Processor> checkers = new ArrayList<>();
      order.forEach(i -> checkers.add(CHECKERS.get(i).get()));
      List<String> messages = InProcessCompile.messages(InProcessCompile.runAll(SOURCE, checkers, List.of()));
      assertThat(messages.stream().filter(m -> m.startsWith("[P1001]"))).as("ownership, %s", order).hasSize(2);
      assertThat(messages.stream().filter(m -> m.startsWith("[T0001]"))).as("typestate, %s", order).hasSize(2);
      assertThat(messages.stream().filter(m -> m.startsWith("[U0001]"))).as("units U0001, %s", order).hasSize(1);
      assertThat(messages.stream().filter(m -> m.startsWith("[U0002]"))).as("units U0002, %s", order).hasSize(1);
      assertThat(messages).as("nothing else, %s", order).hasSize(6);
    }
  }

  @Test
  void aJavacErrorStillStopsThem() throws IOException {
    String broken = SOURCE.substring(0, SOURCE.indexOf("class First"))
        + "class Broken { void m(@Unit(\"kg\") double a, @Unit(\"s\") double b) {"
        + " Job j = new Job(); j.finish(); double c = a + b; int x = \"text\"; } }\n";
    List<String> messages = InProcessCompile.messages(InProcessCompile.runAll(
        broken, List.of(new OwnershipChecker(), new TypestateChecker(), new UnitsChecker()), List.of()));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("incompatible types"));
    assertThat(messages).noneMatch(m -> m.startsWith("[T") || m.startsWith("[P") || m.startsWith("[U"));
  }
}
