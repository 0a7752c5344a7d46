package dev.patina.checkers.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the units checker's code uses exists in its {@code messages.properties}, and
 * every code of the spec (U0001 to U0005) has a message.
 */
class UnitsMessagesTest {

  private static final Pattern USED = Pattern.compile("(?:text|report(?:Error|Warning))\\([^\"]*\"([A-Za-z0-9.]+)\"");

  @Test
  void everyKeyTheCodeUsesIsDefined() throws IOException {
    Properties messages = new Properties();
    try (InputStream in = UnitsChecker.class.getResourceAsStream("messages.properties")) {
      messages.load(in);
    }
    TreeSet<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/patina/checkers/units"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = USED.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).as("keys used by the code")
        .contains("U0001", "U0002", "U0003", "U0004", "U0005", "units.internal", "help.U0002", "help.U0004");
    assertThat(used).allSatisfy(key -> assertThat(messages).as("messages.properties").containsKey(key));
  }
}
