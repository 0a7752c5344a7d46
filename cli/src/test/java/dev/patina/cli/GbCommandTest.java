package dev.patina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code patina gb}: the acceptance ROMs through the command users type, and the headless host. */
class GbCommandTest {

  static final Path ROMS = Path.of(System.getProperty("patina.home", "..")).resolve("../shared/gb-test-roms");

  private static List<String> romsIn(String dir) throws Exception {
    try (Stream<Path> files = Files.list(ROMS.resolve(dir))) {
      return files.filter(p -> p.toString().endsWith(".gb")).sorted().map(Path::toString).toList();
    }
  }

  @Test
  void theAcceptanceTestRomsAllPass() throws Exception {
    List<String> args = new ArrayList<>(List.of("gb", "test-rom"));
    args.addAll(romsIn("blargg/cpu_instrs/individual"));
    args.add(ROMS.resolve("blargg/cpu_instrs/cpu_instrs.gb").toString());
    args.add(ROMS.resolve("blargg/instr_timing/instr_timing.gb").toString());
    args.add(ROMS.resolve("blargg/mem_timing/mem_timing.gb").toString());
    args.addAll(romsIn("blargg/mem_timing/individual"));
    args.add(ROMS.resolve("blargg/mem_timing-2/mem_timing.gb").toString());
    args.addAll(romsIn("blargg/mem_timing-2/rom_singles"));
    args.add(ROMS.resolve("blargg/halt_bug.gb").toString());
    args.add(ROMS.resolve("dmg-acid2/dmg-acid2.gb").toString());
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains("all 23 passed");
    assertThat(run.out().lines().filter(l -> l.startsWith("PASS ")).count()).isEqualTo(23);
  }

  @Test
  void headlessRunsFramesAndWritesAScreenshot(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("acid.png");
    CliRun run = CliRun.of("gb", ROMS.resolve("dmg-acid2/dmg-acid2.gb").toString(), "--headless", "--frames", "60", "--screenshot", png.toString());
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains("ran 60 frames of dmg-acid2.gb");
    assertThat(Files.size(png)).isGreaterThan(100);
  }

  @Test
  void aMissingOrBadRomIsOneLineAndExitOne(@TempDir Path dir) throws Exception {
    CliRun missing = CliRun.of("gb", dir.resolve("nope.gb").toString(), "--headless");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err().strip()).isEqualTo("patina gb: " + dir.resolve("nope.gb") + ": no such file");
    Path huge = dir.resolve("huge.gb");
    byte[] header = new byte[0x150];
    header[0x148] = 0x07; // claims 4 MiB
    Files.write(huge, header);
    CliRun bad = CliRun.of("gb", huge.toString(), "--headless");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err().lines().count()).isEqualTo(1);
    assertThat(bad.err()).contains("truncated: the header says 4096 KiB of ROM but the file has 336 bytes");
  }
}
