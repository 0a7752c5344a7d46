package dev.patina.checkers.typestate;

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
 * Every message key the typestate checker's code uses exists in its {@code messages.properties},
 * and every diagnostic key there is one of the spec's codes: a missing help key would otherwise
 * print the key itself to users.
 */
class MessagesTest {

  private static final Pattern USED = Pattern.compile("(?:text|report(?:Error|Warning))\\([^\"]*\"([A-Za-z0-9.]+)\"");

  @Test
  void everyKeyTheCodeUsesIsDefined() throws IOException {
    Properties messages = messages();
    TreeSet<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/patina/checkers/typestate"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = USED.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).as("keys used by the code")
        .contains("T0001", "T0002", "T0003", "T0004", "T0005", "T0006", "typestate.internal", "help.T0001", "help.T0005");
    assertThat(used).allSatisfy(key -> assertThat(messages).as("messages.properties").containsKey(key));
  }

  @Test
  void diagnosticKeysAreTheSpecsCodes() throws IOException {
    TreeSet<String> keys = new TreeSet<>();
    messages().stringPropertyNames().stream().filter(k -> !k.startsWith("help.")).forEach(keys::add);
    assertThat(keys).containsExactly("T0001", "T0002", "T0003", "T0004", "T0005", "T0006", "typestate.internal");
  }

  private static Properties messages() throws IOException {
    Properties messages = new Properties();
    try (InputStream in = TypestateChecker.class.getResourceAsStream("messages.properties")) {
      messages.load(in);
    }
    return messages;
  }
}
