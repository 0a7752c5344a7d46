package dev.patina.examples.arena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.examples.PatinaCheckout;
import dev.patina.examples.PatinaCheckout.Run;
import dev.patina.examples.arena.TelemetryIngest.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The arena example: the telemetry collector that copies the previous peak out of its arena before
 * the reset compiles cleanly and runs; the copy in {@code examples/compile-fail/ownership/arena},
 * which reads the previous request's table after the reset, is rejected with exactly the
 * diagnostic in its {@code expected.txt}.
 */
class ArenaExampleTest {

  private static final String BROKEN = "examples/compile-fail/ownership/arena";

  @Test
  void theUseAfterResetIsCaught() throws Exception {
    Run run = PatinaCheckout.run(PatinaCheckout.home(),
        PatinaCheckout.patinaCommand("check", "--format", "human", "--color", "never", BROKEN), false);
    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output())
        .as("%s/expected.txt is what `./patina check --format human --color never %s` prints from the checkout's"
            + " root; if the change is meant, rerun that command with its output redirected to expected.txt", BROKEN, BROKEN)
        .isEqualTo(PatinaCheckout.read(PatinaCheckout.home().resolve(BROKEN).resolve("expected.txt")));
    assertThat(run.output())
        .contains("TelemetryIngest.java:61:9")
        .contains("error[P0502]: cannot borrow `arena` exclusively (`@Mut`) because it is also borrowed as shared");
  }

  @Test
  void theFixedCollectorCompilesCleanAndRuns() throws Exception {
    Run run = PatinaCheckout.run(PatinaCheckout.home(), PatinaCheckout.patinaCommand(
        "check", "--format", "short", "examples/src/main/java/dev/patina/examples/arena"));
    assertThat(run.exitCode()).as(run.output()).isZero();

    List<Summary> summaries = TelemetryIngest.serve(List.of(
        List.of("7,1000,21.5", "8,1250,23.0", "7,1500,22.25"),
        List.of("8,2000,24.5", "9,2250,19.75"),
        List.of("9,3000,20.0")));
    assertThat(summaries).hasSize(3);
    assertThat(summaries.get(0)).isEqualTo(new Summary(3, 8, 1250, 23.0, (21.5 + 23.0 + 22.25) / 3, Double.NaN));
    assertThat(summaries.get(1)).isEqualTo(new Summary(2, 8, 2000, 24.5, (24.5 + 19.75) / 2, 1.5));
    assertThat(summaries.get(2)).isEqualTo(new Summary(1, 9, 3000, 20.0, 20.0, -4.5));
  }

  /** Misuses of the allocators that docs/runtime/memory.md says the checker rejects, one method each. */
  private static final String MISUSES = """
      import dev.patina.runtime.memory.*;
      import java.lang.foreign.MemorySegment;
      import java.util.concurrent.Executor;
      import static java.lang.foreign.ValueLayout.JAVA_LONG;
      class Misuses {
        static long closedWhileSliced() {
          BumpArena arena = BumpArena.ofConfined();
          ArenaSlice s = arena.slice(JAVA_LONG);
          arena.close();
          return s.get(JAVA_LONG, 0);
        }
        static int neverClosed() {
          SlabPool pool = SlabPool.ofConfined(64);
          return pool.slabCount();
        }
        static void usedAfterClose() {
          BumpArena arena = BumpArena.ofConfined();
          arena.close();
          arena.reset();
        }
        static void resetThroughASharedBorrow(SlabPool pool) {
          pool.reset();
        }
        static void sentToAnotherThread(Executor pool) {
          BumpArena arena = BumpArena.ofConfined();
          pool.execute(() -> System.out.println(arena.chunkCount()));
          arena.close();
        }
        static long rawSegmentAfterReset() {
          try (BumpArena arena = BumpArena.ofConfined()) {
            MemorySegment s = arena.allocate(8, 8);
            arena.reset();
            return s.get(JAVA_LONG, 0);
          }
        }
      }
      """;

  @Test
  void theAllocatorsAnnotationsAreEnforced(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("Misuses.java");
    Files.writeString(file, MISUSES);
    Run run = PatinaCheckout.run(PatinaCheckout.home(),
        PatinaCheckout.patinaCommand("check", "--format", "short", "--color", "never", file.toString()), false);
    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output().lines().filter(l -> l.contains(": error[") || l.contains(": warning[")).toList())
        .as(run.output())
        .satisfiesExactlyInAnyOrder(
            l -> assertThat(l).contains("Misuses.java:9:").contains("error[P0505]"),
            l -> assertThat(l).contains("Misuses.java:13:").contains("error[P1001]"),
            l -> assertThat(l).contains("Misuses.java:19:").contains("error[P0382]"),
            l -> assertThat(l).contains("Misuses.java:22:").contains("error[P0596]"),
            l -> assertThat(l).contains("Misuses.java:26:").contains("error[P0277]"));
    // the documented gap: a raw MemorySegment is a JDK type the checker does not follow (lines 29-35)
    assertThat(run.output()).doesNotContainPattern("Misuses\\.java:(29|3[0-5]):");
  }

  @Test
  void badInputIsAClearError() {
    assertThatThrownBy(() -> TelemetryIngest.serve(List.of(List.of("7,1000"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 1: expected sensor,millis,value, got `7,1000`");
    assertThatThrownBy(() -> TelemetryIngest.serve(List.of(List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a request carries at least one reading");
  }
}
