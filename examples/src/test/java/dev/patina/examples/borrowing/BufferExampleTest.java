package dev.patina.examples.borrowing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.examples.PatinaCheckout;
import dev.patina.examples.PatinaCheckout.Run;
import org.junit.jupiter.api.Test;

/**
 * The buffer example: the header parser that reads each slice before resetting the buffer is
 * accepted, and the one that reads a slice after the reset, a real use-after-reset, is rejected.
 */
class BufferExampleTest {

  @Test
  void theUseAfterResetIsCaught() throws Exception {
    Run run = PatinaCheckout.run(PatinaCheckout.home(), PatinaCheckout.patinaCommand(
        "check", "--format", "short", "examples/compile-fail/ownership/borrowing/Headers.java",
        "examples/src/main/java/dev/patina/examples/borrowing/Buffer.java",
        "examples/src/main/java/dev/patina/examples/borrowing/Slice.java"));
    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output())
        .contains("Headers.java:20:5: error[P0502]: cannot borrow `line` exclusively")
        .doesNotContain("Buffer.java")
        .doesNotContain("Slice.java");
  }

  @Test
  void theFixedParserCompilesCleanAndRuns() throws Exception {
    Run run = PatinaCheckout.run(PatinaCheckout.home(), PatinaCheckout.patinaCommand(
        "check", "--format", "short", "examples/src/main/java/dev/patina/examples/borrowing"));
    assertThat(run.exitCode()).as(run.output()).isZero();
    Buffer line = new Buffer(4);
    String key = Headers.keyOf(line, "Content-Length: 12");
    line.release();
    assertThat(key).isEqualTo("Content-Length");
  }
}
