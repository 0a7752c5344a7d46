package dev.patina.gameboy.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.gameboy.core.cartridge.Cartridges;
import dev.patina.gameboy.host.debug.DoctorTrace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CPU's state before every instruction equals Gameboy Doctor's reference trace, line for line,
 * for the four cpu_instrs ROMs it has logs for.
 */
class GameboyDoctorTest {

  static final Path ROMS = Path.of(System.getProperty("patina.gb.roms", "../../shared/gb-test-roms"));

  @ParameterizedTest(name = "cpu_instrs {0}")
  @CsvSource(delimiter = '|', value = {"2|02-interrupts.gb", "6|06-ld r,r.gb", "7|07-jr,jp,call,ret,rst.gb", "8|08-misc instrs.gb"})
  void traceMatchesTheReferenceLog(int number, String rom) throws Exception {
    GameBoy gb = new GameBoy(Cartridges.load(Files.readAllBytes(ROMS.resolve("blargg/cpu_instrs/individual").resolve(rom))));
    gb.bus().doctorCompatibility();
    Deque<String> recent = new ArrayDeque<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ROMS.resolve("gameboy-doctor-logs/cpu_instrs/" + number + ".zip")))) {
      ZipEntry entry = zip.getNextEntry();
      assertThat(entry).isNotNull();
      BufferedReader log = new BufferedReader(new InputStreamReader(zip, StandardCharsets.US_ASCII));
      String[] expected = new String[1];
      long[] line = {0};
      String[] mismatch = new String[1];
      gb.cpu().listen(new DoctorTrace(gb.bus(), mine -> {
        if (mismatch[0] != null || expected[0] == null) {
          return;
        }
        line[0]++;
        if (!mine.equals(expected[0])) {
          mismatch[0] = "line " + line[0] + "\n  expected " + expected[0] + "\n  actual   " + mine
              + "\n  before:\n    " + String.join("\n    ", recent);
        }
        recent.addLast(mine);
        if (recent.size() > 4) {
          recent.removeFirst();
        }
        expected[0] = readLine(log);
      }));
      expected[0] = readLine(log);
      while (expected[0] != null && mismatch[0] == null) {
        gb.step();
      }
      assertThat(mismatch[0]).as("the first divergence from Gameboy Doctor's log").isNull();
      assertThat(line[0]).isGreaterThan(100_000);
    }
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
