package dev.patina.gameboy.host.testrom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Blargg's CPU and timing ROMs, from ../shared (never copied into the repository). */
class BlarggTest {

  static final Path ROMS = Path.of(System.getProperty("patina.gb.roms", "../../shared/gb-test-roms"));

  static Stream<Path> cpuInstrs() throws IOException {
    return roms("blargg/cpu_instrs/individual");
  }

  static Stream<Path> roms(String dir) throws IOException {
    Path d = ROMS.resolve(dir);
    assertThat(d).as("the test ROMs in ../shared").isDirectory();
    return Files.list(d).filter(p -> p.toString().endsWith(".gb")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cpuInstrs")
  void cpuInstrsSingles(Path rom) {
    Outcome outcome = new TestRomRunner(60, 10).run(rom, Optional.empty());
    assertThat(outcome.passed()).as(outcome.line()).isTrue();
  }

  static Stream<Path> timing() throws IOException {
    return Stream.of(
        Stream.of(ROMS.resolve("blargg/cpu_instrs/cpu_instrs.gb"), ROMS.resolve("blargg/instr_timing/instr_timing.gb"),
            ROMS.resolve("blargg/mem_timing/mem_timing.gb"), ROMS.resolve("blargg/mem_timing-2/mem_timing.gb")),
        roms("blargg/mem_timing/individual"), roms("blargg/mem_timing-2/rom_singles")).flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timing")
  void combinedAndTimingRoms(Path rom) {
    Outcome outcome = new TestRomRunner(120, 10).run(rom, Optional.empty());
    System.out.println(outcome.line());
    assertThat(outcome.passed()).as(outcome.line()).isTrue();
  }

  @org.junit.jupiter.api.Test
  void haltBug() {
    Outcome outcome = new TestRomRunner(10, 3).run(ROMS.resolve("blargg/halt_bug.gb"),
        Optional.of(ROMS.resolve("blargg/expected-screens/halt_bug-dmg-cgb.png")));
    System.out.println(outcome.line());
    assertThat(outcome.passed()).as(outcome.line()).isTrue();
  }

  @org.junit.jupiter.api.Test
  void dmgAcid2() {
    Outcome outcome = new TestRomRunner(10, 10).run(ROMS.resolve("dmg-acid2/dmg-acid2.gb"),
        Optional.of(ROMS.resolve("dmg-acid2/reference-dmg.png")));
    System.out.println(outcome.line());
    assertThat(outcome.passed()).as(outcome.line()).isTrue();
  }
}
