package dev.patina.examples.units.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.examples.units.Flight;
import dev.patina.examples.units.Projectile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are replaced whole, and the projectile program's JSON output reads back as a flight. */
class AtomicFilesTest {

  @TempDir Path dir;

  private long entries() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }

  @Test
  void aFileIsReplacedWholeAndNoTemporaryFileRemains() throws IOException {
    Path target = dir.resolve("flight.json");
    AtomicFiles.write(target, "first");
    AtomicFiles.write(target, "second, longer than the first");
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("second, longer than the first");
    assertThat(entries()).isEqualTo(1);
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("busy");
    Files.createDirectory(target);
    Files.writeString(target.resolve("inside"), "x");
    // a non-empty directory cannot be replaced by a file: the move fails after the temp file is written
    assertThatThrownBy(() -> AtomicFiles.write(target, "new")).isInstanceOf(IOException.class);
    assertThat(target).isDirectory();
    assertThat(entries()).isEqualTo(1);
  }

  @Test
  void theProjectileProgramWritesItsFlightAsJson() throws Exception {
    Path out = dir.resolve("flight.json");
    Projectile.main(new String[] {"--json", out.toString(), "30", "45"});
    Flight flight = QuantityJson.read(Files.readString(out, StandardCharsets.UTF_8), Flight.class);
    assertThat(flight.range()).isPositive();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("\"range\": {").contains("\"unit\": \"m\"");
  }
}
