package dev.patina.gameboy.host.testrom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the reference picture of a test ROM where the test ROM collections keep them: a {@code
 * reference-dmg.png} beside the ROM (dmg-acid2), or {@code expected-screens/…/NAME-dmg*.png} in a
 * folder above it (c-sp's screens for Blargg's ROMs).
 */
public final class References {

  private References() {}

  /** The reference picture for {@code rom}, if one is found. */
  public static Optional<Path> find(Path rom) throws IOException {
    Path dir = rom.toAbsolutePath().getParent();
    Path sibling = dir.resolve("reference-dmg.png");
    if (Files.isRegularFile(sibling)) {
      return Optional.of(sibling);
    }
    String stem = rom.getFileName().toString().replaceFirst("\\.gbc?$", "");
    for (Path up = dir; up != null && up.getNameCount() > dir.getNameCount() - 3; up = up.getParent()) {
      Path screens = up.resolve("expected-screens");
      if (Files.isDirectory(screens)) {
        try (Stream<Path> files = Files.walk(screens, 3)) {
          Optional<Path> match = files.filter(p -> p.getFileName().toString().startsWith(stem + "-dmg"))
              .filter(p -> p.toString().endsWith(".png")).sorted().findFirst();
          if (match.isPresent()) {
            return match;
          }
        }
      }
    }
    return Optional.empty();
  }
}
