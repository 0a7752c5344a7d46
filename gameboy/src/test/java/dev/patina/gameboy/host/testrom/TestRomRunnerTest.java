package dev.patina.gameboy.host.testrom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.gameboy.testing.SyntheticRoms;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's own behaviour on ROMs that never report, lock up, or are not ROMs at all. */
class TestRomRunnerTest {

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void aRomThatNeverReportsFailsAtItsLimitAndDoesNotHang() throws IOException {
    Path rom = write("spin.gb", SyntheticRoms.program(0x18, 0xFE)); // JR -2: loops forever
    long start = System.nanoTime();
    Outcome outcome = new TestRomRunner(2, 1).run(rom, Optional.empty());
    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.reason()).startsWith("no result within 2.0 emulated s");
    assertThat(outcome.emulatedSeconds()).isBetween(1.9, 2.1);
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
  }

  @Test
  void anIllegalOpcodeIsReportedAsALockUp() throws IOException {
    Path rom = write("illegal.gb", SyntheticRoms.program(0x00, 0xD3));
    Outcome outcome = new TestRomRunner(5, 1).run(rom, Optional.empty());
    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.reason()).startsWith("the CPU locked up on illegal opcode $D3 at $0101");
  }

  @Test
  void serialTextDecides() throws IOException {
    // prints "Passed" through SB/SC: LD A,c; LDH (01),A; LD A,$81; LDH (02),A for each character
    int[] code = new int[6 * 8 + 2];
    int i = 0;
    for (char ch : "Passed".toCharArray()) {
      code[i++] = 0x3E;
      code[i++] = ch;
      code[i++] = 0xE0;
      code[i++] = 0x01;
      code[i++] = 0x3E;
      code[i++] = 0x81;
      code[i++] = 0xE0;
      code[i++] = 0x02;
    }
    code[i++] = 0x18;
    code[i] = 0xFE;
    Outcome outcome = new TestRomRunner(5, 1).run(write("passes.gb", SyntheticRoms.program(code)), Optional.empty());
    assertThat(outcome.passed()).as(outcome.line()).isTrue();
    assertThat(outcome.reason()).isEqualTo("serial: \"Passed\"");
  }

  @Test
  void badFilesFailWithOneLineAndTheOthersStillRun() throws IOException {
    Path empty = write("empty.gb", new byte[0]);
    Path random = write("random.gb", new java.util.Random(7).ints(300, 0, 256).collect(
        java.io.ByteArrayOutputStream::new, java.io.ByteArrayOutputStream::write, (a, b) -> { }).toByteArray());
    Path spin = write("spin.gb", SyntheticRoms.program(0x18, 0xFE));
    StringWriter text = new StringWriter();
    int exit = TestRoms.run(List.of(empty, dir.resolve("missing.gb"), random, spin), new TestRomRunner(1, 1), new PrintWriter(text));
    assertThat(exit).isEqualTo(1);
    assertThat(text.toString().lines()).hasSize(5).allMatch(l -> !l.contains("Exception"));
    assertThat(text.toString()).contains("FAIL empty.gb  cannot run it: the file is empty")
        .contains("FAIL missing.gb").contains("FAIL random.gb  cannot run it: truncated")
        .contains("FAIL spin.gb  no result").contains("4 of 4 failed");
  }
}
