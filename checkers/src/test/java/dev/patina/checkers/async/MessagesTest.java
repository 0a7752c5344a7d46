package dev.patina.checkers.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the async checks print is in their messages.properties: a missing key would fail a check at run time. */
class MessagesTest {

  private static final Pattern USED = Pattern.compile("TEXTS\\.(?:get|format)\\(\"([A-Za-z0-9._]+)\"");

  @Test
  void everyKeyTheCodeUsesExists() throws IOException {
    TreeSet<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/patina/checkers/async"))) {
      for (Path f : files.toList()) {
        Matcher m = USED.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).contains("A0001.handle", "note.A0002", "A0003", "help.A0003.lambda");
    used.removeIf(key -> key.endsWith("_")); // a prefix; its keys are added below
    // built from parts: the A0002 help keys of BlockingCalls' table, the synchronized messages, the internal failure
    for (BlockingCalls.Blocking b : BlockingCalls.table()) {
      used.add("help.A0002." + b.help());
    }
    used.add("A0001"); // chosen by a condition, as is A0001.async
    used.add("A0001.async");
    used.add("A0002.synchronized_block");
    used.add("A0002.synchronized_method");
    used.add("async.internal");
    used.add("help.async.internal");
    for (String key : used) {
      assertThat(AsyncCode.TEXTS.get(key)).as(key).isNotBlank();
    }
  }

  @Test
  void theCodesAreTheSpecsAndEveryDiagnosticEndsWithItsDetails() throws IOException {
    Properties p = new Properties();
    try (var in = AsyncCode.class.getResourceAsStream("messages.properties")) {
      p.load(in);
    }
    TreeSet<String> codes = new TreeSet<>();
    for (String key : p.stringPropertyNames()) {
      if (key.matches("[A-Z]\\d{4}")) {
        codes.add(key);
      }
      if (!key.startsWith("help.") && !key.startsWith("note.")) {
        assertThat(p.getProperty(key)).as(key).endsWith("%s");
      }
    }
    assertThat(codes).containsExactly("A0001", "A0002", "A0003");
  }
}
