package dev.patina.processors.struct;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code ./patina explain} pages of the struct codes, compiled with {@link StructProcessor}:
 * the failing example must report its code and the fixed one nothing. (The CLI's ExplainTest runs
 * the checkers only, which never report an S code.)
 */
class StructExplainPagesTest {

  private static final Path PAGES = Path.of("../cli/src/main/resources/dev/patina/cli/explain");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

  @ParameterizedTest
  @ValueSource(strings = {"S0001", "S0002", "S0003", "S0004", "S0005", "S0006", "S0007"})
  void theFailingExampleReportsItsCodeAndTheFixCompilesCleanly(String code) throws Exception {
    String page = Files.readString(PAGES.resolve(code + ".md"));
    assertThat(page).startsWith("# " + code).contains("## Example that fails", "## How to fix it");
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(page);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).hasSize(2);

    List<String> failing = StructCompiler.compile(Map.of("Example.java", blocks.get(0))).errors();
    assertThat(failing).isNotEmpty().allMatch(e -> e.startsWith("[" + code + "] "));
    String comment = blocks.get(0).replaceAll("(?s).*// error\\[" + code + "\\]: ([^\n]*?)(\\.\\.\\.)?\n.*", "$1");
    assertThat(failing.get(0)).as("the page's comment quotes the message")
        .startsWith("[" + code + "] " + comment);

    assertThat(StructCompiler.compile(Map.of("Example.java", blocks.get(1))).errors()).isEmpty();
  }

  @Test
  void theIndexListsEveryStructCode() throws Exception {
    String index = Files.readString(PAGES.resolve("index.txt"));
    for (int i = 1; i <= 7; i++) {
      assertThat(index).contains("\nS000" + i + " ");
    }
  }
}
