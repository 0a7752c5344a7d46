package dev.patina.gameboy.host.debug;

import dev.patina.gameboy.core.GameBoy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** {@code patina gb debug ROM --trace FILE}: a Gameboy Doctor log of the first N frames. */
public final class Traces {

  private Traces() {}

  /**
   * Runs {@code frames} frames writing one Doctor line per instruction to {@code file} (through a
   * temporary file, renamed when complete); {@code doctorCompatible} fixes LY at $90 as Doctor's
   * reference logs do. Returns the number of lines.
   */
  public static long write(GameBoy gb, long frames, Path file, boolean doctorCompatible) throws IOException {
    if (doctorCompatible) {
      gb.bus().doctorCompatibility();
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    DoctorTrace trace;
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
      trace = new DoctorTrace(gb.bus(), line -> {
        try {
          w.write(line);
          w.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      gb.cpu().listen(trace);
      for (long i = 0; i < frames; i++) {
        gb.runFrame();
      }
    } catch (UncheckedIOException e) {
      Files.deleteIfExists(tmp);
      throw e.getCause();
    } finally {
      gb.cpu().listen(null);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return trace.lines();
  }
}
