package dev.patina.gameboy.host.headless;

import dev.patina.gameboy.core.GameBoy;
import dev.patina.gameboy.core.cartridge.Cartridge;
import dev.patina.gameboy.host.RomFiles;
import dev.patina.gameboy.host.testrom.Screens;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** {@code patina gb ROM --headless --frames N [--screenshot out.png]}. */
public final class Headless {

  private Headless() {}

  /** Runs {@code frames} frames of {@code rom}; saves the battery and the screenshot; returns the exit code. */
  public static int run(Path rom, long frames, Optional<Path> screenshot, PrintWriter out, PrintWriter err) {
    try {
      Cartridge cartridge = RomFiles.load(rom);
      cartridge.header().warnings().forEach(w -> err.println("warning: " + rom.getFileName() + ": " + w));
      GameBoy gb = new GameBoy(cartridge);
      long start = System.nanoTime();
      for (long i = 0; i < frames; i++) {
        gb.runFrame();
      }
      double wall = (System.nanoTime() - start) / 1e9;
      RomFiles.save(rom, cartridge);
      if (screenshot.isPresent()) {
        Screens.write(gb.frame(), screenshot.get());
      }
      out.printf("ran %d frames of %s (%s) in %.2f s: %.0f frames/s%s%n", frames, rom.getFileName(),
          cartridge.header().title(), wall, frames / wall,
          screenshot.map(p -> "; screenshot " + p).orElse(""));
      return 0;
    } catch (RomFiles.RomException e) {
      err.println("patina gb: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("patina gb: " + e.getMessage());
      return 1;
    }
  }
}
