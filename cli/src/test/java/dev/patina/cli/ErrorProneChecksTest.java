package dev.patina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.cli.compile.ErrorProneArgs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code patina check} runs the Error Prone checks of the registry (X0001) next to the Checker
 * Framework checkers: selected by name, reported in Patina's format, with none of Error Prone's own
 * checks, and without one tool's errors hiding the other's.
 */
class ErrorProneChecksTest {

  private static final String RESTRICTED = """
      import java.lang.foreign.MemorySegment;

      class Frames {
        static MemorySegment header(MemorySegment address) {
          return address.reinterpret(16);
        }
      }
      """;

  private static final String MOVED = """
      import dev.patina.ownership.Consume;
      import dev.patina.ownership.Linear;

      @Linear
      class Pen {
        void look() {}
        @Consume void close() {}
      }

      class Desk {
        static void write() {
          Pen p = new Pen();
          p.close();
          p.look();
        }
      }
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void theRegistryTellsErrorProneChecksFromProcessors() throws Exception {
    List<String> all = CheckerRegistry.classNames(List.of());
    assertThat(CheckerRegistry.names()).contains("unsafe");
    assertThat(CheckerRegistry.errorProneChecks(all)).containsExactly("X0001", "X0002", "A0001", "A0002", "A0003");
    assertThat(CheckerRegistry.errorProneChecks(CheckerRegistry.classNames(List.of("async"))))
        .containsExactly("A0001", "A0002", "A0003");
    assertThat(CheckerRegistry.classNames(List.of("unsafe")))
        .containsExactly("dev.patina.checkers.unsafe.RestrictedOperationUse", "dev.patina.checkers.unsafe.UnneededUnsafe");
    assertThat(CheckerRegistry.processors(all))
        .contains("dev.patina.checkers.ownership.OwnershipChecker")
        .doesNotContain("dev.patina.checkers.unsafe.RestrictedOperationUse");
    assertThat(ErrorProneArgs.of(List.of("X0001")))
        .containsExactly("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:X0001");
    assertThat(ErrorProneArgs.of(List.of("X0001", "X0002")).getLast())
        .isEqualTo("-Xplugin:ErrorProne -XepDisableAllChecks -Xep:X0001 -Xep:X0002");
  }

  @Test
  void checkersUnsafeReportsX0001InPatinasFormat() throws IOException {
    Path file = write("Frames.java", RESTRICTED);
    CliRun run = CliRun.of("check", "--checkers", "unsafe", "--format", "human", "--color", "never", file.toString());
    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out())
        .contains("error[X0001]: restricted operation `MemorySegment.reinterpret` outside `@Unsafe`")
        .contains("Frames.java:5:20")
        .contains("= help: mark `header` `@Unsafe`")
        .contains("= note: the JDK restricts it (JEP 454)")
        .doesNotContain("errorprone.info");
  }

  @Test
  void anOwnershipErrorDoesNotHideX0001NorTheReverse() throws IOException {
    Path moved = write("Desk.java", MOVED);
    Path restricted = write("Frames.java", RESTRICTED);
    CliRun run = CliRun.of("check", "--format", "short", moved.toString(), restricted.toString());
    assertThat(run.out()).as(run.all())
        .contains("Desk.java:14:5: error[P0382]: use of moved value: `p`")
        .contains("Frames.java:5:20: error[X0001]: restricted operation `MemorySegment.reinterpret` outside `@Unsafe`");
    assertThat(run.out()).as(run.all()).contains("error: 2 errors");
  }

  @Test
  void anUnneededUnsafeIsAWarningThatExitsZero() throws IOException {
    Path file = write("Lengths.java", """
        import dev.patina.ownership.Unsafe;
        import java.lang.foreign.MemorySegment;

        class Lengths {
          @Unsafe
          static long of(MemorySegment frame) {
            return frame.byteSize();
          }
        }
        """);
    CliRun run = CliRun.of("check", "--format", "short", file.toString());
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).as(run.all())
        .contains("Lengths.java:5:3: warning[X0002]: `@Unsafe` on `of`, which uses no restricted operation");
  }

  /** The async checks find the real runtime's types by name: its futures, its JoinHandle, its Await and Executor. */
  @Test
  void checkersAsyncFindsTheRuntimesFuturesAwaitAndExecutor() throws IOException {
    Path file = write("Pipeline.java", """
        import static dev.patina.runtime.async.Await.await;
        import static dev.patina.runtime.async.Await.completed;

        import dev.patina.async.Async;
        import dev.patina.runtime.executor.Executor;
        import dev.patina.runtime.future.Future;
        import dev.patina.runtime.time.Time;
        import java.time.Duration;

        class Pipeline {
          @Async
          Future<Integer> stage(Executor executor) throws InterruptedException {
            Time.sleep(Duration.ofMillis(5));
            executor.spawn(completed(1));
            Thread.sleep(5);
            return completed(executor.blockOn(completed(2)));
          }

          int outside(Future<Integer> f) {
            return await(f);
          }
        }
        """);
    CliRun run = CliRun.of("check", "--checkers", "async", "--format", "short", file.toString());
    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out()).as(run.all())
        .contains("Pipeline.java:13:10: error[A0001]: future returned by `sleep` is dropped without being awaited: it never runs")
        .contains("Pipeline.java:14:14: error[A0001]: `JoinHandle` returned by `spawn` is dropped")
        .contains("Pipeline.java:15:12: error[A0002]: `Thread.sleep` blocks the executor's thread inside `@Async` method `stage`")
        .contains("Pipeline.java:16:31: error[A0002]: `Executor.blockOn` blocks the executor's thread inside `@Async` method `stage`")
        .contains("Pipeline.java:20:12: error[A0003]: `await` outside an `@Async` method: `outside` is not `@Async`")
        .contains("error: 5 errors");
  }

  @Test
  void errorPronesOwnChecksStayOff() throws IOException {
    // DeadException and StringEquality are on by default in Error Prone (an error and a warning)
    Path file = write("Quiet.java", """
        class Quiet {
          static boolean same(String a) {
            if (a == null) {
              new IllegalArgumentException("a is null");
            }
            return a == "patina";
          }
        }
        """);
    CliRun run = CliRun.of("check", "--format", "short", file.toString());
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).as(run.all()).isEmpty();
  }

  @Test
  void javacSyntaxErrorsAreReportedOnceThoughTwoPassesSeeThem() throws IOException {
    Path file = write("Broken.java", "class Broken { void m() { int x = ; } }\n");
    CliRun run = CliRun.of("check", "--format", "short", file.toString());
    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out().lines().filter(l -> l.contains("Broken.java:1:"))).as(run.all()).hasSize(1);
  }
}
