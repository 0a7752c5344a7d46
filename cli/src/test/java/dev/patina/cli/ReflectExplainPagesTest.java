package dev.patina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.cli.compile.ExpandCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The R pages' examples, compiled with the processors (not the checkers, which is all {@code
 * ExplainTest} runs): the failing one reports its code, the fixed one compiles cleanly.
 */
class ReflectExplainPagesTest {
  private static final Pattern JAVA = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern FIRST_CLASS = Pattern.compile("(?m)^(?:public )?class (\\w+)");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"R0001", "R0002", "R0003"})
  void examplesDoWhatThePageSays(String code) throws IOException {
    String page;
    try (InputStream in = getClass().getResourceAsStream("/dev/patina/cli/explain/" + code + ".md")) {
      assertThat(in).as(code + ".md").isNotNull();
      page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher blocks = JAVA.matcher(page);
    assertThat(blocks.find()).as("failing example of " + code).isTrue();
    String failing = blocks.group(1);
    assertThat(blocks.find()).as("fixed example of " + code).isTrue();
    String fixed = blocks.group(1);

    var bad = compile("bad", failing);
    assertThat(bad.errors()).as(code).isNotEmpty().allMatch(e -> e.contains("[" + code + "]"));
    var good = compile("good", fixed);
    assertThat(good.errors()).as(code + " fixed").isEmpty();
  }

  private ExpandCompiler.Expansion compile(String sub, String source) throws IOException {
    Matcher m = FIRST_CLASS.matcher(source);
    assertThat(m.find()).isTrue();
    Path file = Files.createDirectories(dir.resolve(sub)).resolve(m.group(1) + ".java");
    Files.writeString(file, source);
    return new ExpandCompiler(List.of()).compile(dev.patina.cli.PatinaPaths.fromSystemProperties(), List.of(file));
  }
}
