package dev.patina.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.patina.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code patina stress}: its help, its argument check, and the summary it reads from surefire. */
class StressCommandTest {

  @Test
  void hasHelpThatSaysWhatRuns() {
    Run run = Run.of("stress", "--help");
    assertThat(run.exit).isZero();
    assertThat(run.out).contains("Usage: patina stress").contains("Lincheck").contains("jcstress")
        .contains("--jcstress-mode");
  }

  @Test
  void anUnknownJcstressModeIsAUsageErrorBeforeAnythingRuns() {
    Run run = Run.of("stress", "--jcstress-mode", "forever");
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("--jcstress-mode must be quick, default, tough or stress");
  }

  @Test
  void summarizesTheQueueTestsReports(@TempDir Path reports) throws IOException {
    Files.writeString(reports.resolve("TEST-dev.patina.runtime.queue.QueueLincheckTest$MsQueueTests.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuite name="dev.patina.runtime.queue.QueueLincheckTest$MsQueueTests" tests="2">
          <testcase name="stress" classname="dev.patina.runtime.queue.QueueLincheckTest$MsQueueTests" time="1.271"/>
          <testcase name="modelChecking" classname="dev.patina.runtime.queue.QueueLincheckTest$MsQueueTests" time="10.36">
            <failure message="Invalid execution results">trace</failure>
          </testcase>
        </testsuite>
        """);
    Files.writeString(reports.resolve("TEST-dev.patina.runtime.units.UnitsTest.xml"), "<testsuite/>");
    assertThat(StressCommand.lincheckResults(reports)).containsExactly(
        "  PASSED  QueueLincheckTest$MsQueueTests.stress (1.271 s)",
        "  FAILED  QueueLincheckTest$MsQueueTests.modelChecking (10.36 s)");
    assertThat(StressCommand.lincheckResults(reports.resolve("missing"))).isEmpty();
  }

  /** The CLI run in this JVM with captured output. */
  private record Run(int exit, String out, String err) {
    static Run of(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      int exit = cl.execute(args);
      return new Run(exit, out.toString(), err.toString());
    }
  }
}
