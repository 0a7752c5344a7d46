package dev.patina.checkers.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each checker: every message key its code uses exists in its {@code messages.properties} (a
 * missing help key would otherwise print the key itself to users), and the diagnostic keys there
 * are exactly its specification's codes and its {@code NAME.internal}.
 */
class MessageKeysTest {

  private static final Pattern USED = Pattern.compile("(?:text|report(?:Error|Warning))\\([^\"]*\"([A-Za-z0-9.]+)\"");

  /** Checker package, the diagnostic keys it must have, and a few keys its code must be seen to use (so the scan works). */
  static Stream<Arguments> checkers() {
    return Stream.of(
        Arguments.of("ownership",
            List.of("P0053", "P0277", "P0373", "P0382", "P0499", "P0502", "P0505", "P0507", "P0596", "P0597",
                "P1001", "P1002", "P1003", "ownership.internal"),
            List.of("P0382", "help.P1001")),
        Arguments.of("typestate",
            List.of("T0001", "T0002", "T0003", "T0004", "T0005", "T0006", "typestate.internal"),
            List.of("T0001", "help.T0001", "help.T0005")),
        Arguments.of("units",
            List.of("U0001", "U0002", "U0003", "U0004", "U0005", "units.internal"),
            List.of("U0001", "help.U0002", "help.U0004")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checkers")
  void everyKeyTheCodeUsesIsDefined(String checker, List<String> codes, List<String> sample) throws IOException {
    Properties messages = messages(checker);
    TreeSet<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/patina/checkers/" + checker))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = USED.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).as("keys the %s checker's code uses", checker).containsAll(sample);
    assertThat(used).allSatisfy(key -> assertThat(messages).as("%s messages.properties", checker).containsKey(key));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checkers")
  void diagnosticKeysAreTheSpecsCodes(String checker, List<String> codes, List<String> sample) throws IOException {
    TreeSet<String> keys = new TreeSet<>();
    messages(checker).stringPropertyNames().stream().filter(k -> !k.startsWith("help.")).forEach(keys::add);
    assertThat(keys).as("the diagnostic keys of the %s checker", checker).containsExactlyInAnyOrderElementsOf(codes);
  }

  private static Properties messages(String checker) throws IOException {
    Properties messages = new Properties();
    String resource = "/dev/patina/checkers/" + checker + "/messages.properties";
    try (InputStream in = MessageKeysTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      messages.load(in);
    }
    return messages;
  }
}
