package dev.patina.checkers.unsafe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.checkers.unsafe.RestrictedOperations.Family;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text X0001 prints is in its messages.properties: a missing key would fail the check at run time. */
class MessagesTest {

  private static final Pattern USED = Pattern.compile("Messages\\.(?:get|format)\\(\"([A-Za-z0-9._]+)\"");

  @Test
  void everyKeyTheCodeUsesAndEveryFamilysNoteExists() throws IOException {
    TreeSet<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/patina/checkers/unsafe"))) {
      for (Path f : files.toList()) {
        Matcher m = USED.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).contains("X0001", "X0001.undocumented", "help.X0001.outside");
    used.add("unsafe.internal"); // used through a constant
    for (Family f : Family.values()) {
      used.add(f.noteKey());
    }
    for (String key : used) {
      assertThat(Messages.get(key)).as(key).isNotBlank();
    }
  }

  @Test
  void theDiagnosticsEndWithTheDetailsAndTheCodeIsTheOnlyCodeKey() {
    assertThat(Messages.get("X0001")).endsWith("%s");
    assertThat(Messages.get("X0001.undocumented")).endsWith("%s");
    assertThat(Messages.get("unsafe.internal")).startsWith("Patina's unsafe checker failed on %s and skipped it: %s").endsWith("%s");
  }
}
