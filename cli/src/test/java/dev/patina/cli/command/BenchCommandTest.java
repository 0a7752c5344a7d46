package dev.patina.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code patina bench} rebuilds the benchmarks jar (running it is the bench module's test). */
class BenchCommandTest {

  @TempDir Path home;

  private Path file(String relative, Instant modified) throws IOException {
    Path f = home.resolve(relative);
    Files.createDirectories(f.getParent());
    Files.writeString(f, relative);
    Files.setLastModifiedTime(f, FileTime.from(modified));
    return f;
  }

  @Test
  void aMissingJarIsStale() throws IOException {
    assertThat(BenchCommand.isStale(home, home.resolve("bench/target/benchmarks.jar"))).isTrue();
  }

  @Test
  void aNewerMainSourceMakesTheJarStaleButTestsOutputsAndOtherModulesDoNot() throws IOException {
    Instant built = Instant.parse("2026-12-01T12:00:00Z");
    Path jar = file("bench/target/benchmarks.jar", built);
    file("runtime/src/main/java/A.java", built.minusSeconds(60));
    file("runtime/src/test/java/ATest.java", built.plusSeconds(60));
    file("runtime/target/classes/A.class", built.plusSeconds(60));
    file("cli/src/main/java/Other.java", built.plusSeconds(60));
    assertThat(BenchCommand.isStale(home, jar)).isFalse();

    file("processors/src/main/java/P.java", built.plusSeconds(1));
    assertThat(BenchCommand.isStale(home, jar)).isTrue();
  }

  @Test
  void aNewerModulePomMakesTheJarStale() throws IOException {
    Instant built = Instant.parse("2026-12-01T12:00:00Z");
    Path jar = file("bench/target/benchmarks.jar", built);
    file("bench/pom.xml", built.plusSeconds(5));
    assertThat(BenchCommand.isStale(home, jar)).isTrue();
  }
}
