package dev.patina.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary {@code patina stress} prints from the queue tests' surefire reports. */
class StressSummaryTest {

  @Test
  void oneLinePerQueueTestCase(@TempDir Path reports) throws IOException {
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
  }

  @Test
  void noReportsNoLines(@TempDir Path dir) throws IOException {
    assertThat(StressCommand.lincheckResults(dir.resolve("missing"))).isEmpty();
  }
}
