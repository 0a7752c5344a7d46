package dev.patina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.cli.explain.ExplainPages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every diagnostic code has a page, and every page's examples do what the page says. */
class ExplainTest {

  /** A diagnostic code: a checker's letter and four digits (P0382, T0001, U0004). */
  private static final Pattern CODE = Pattern.compile("[A-Z]\\d{4}");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final String EXAMPLE = "## Example that fails";
  private static final String FIX = "## How to fix it";

  @TempDir Path dir;

  /** The codes of every registered checker's messages.properties, read from the class path. */
  private static List<String> checkerCodes() throws IOException {
    List<String> codes = new ArrayList<>();
    for (String checker : CheckerRegistry.names()) {
      String resource = "/dev/patina/checkers/" + checker + "/messages.properties";
      Properties p = new Properties();
      try (InputStream in = ExplainTest.class.getResourceAsStream(resource)) {
        assertThat(in).as("the %s checker's messages.properties on the class path", checker).isNotNull();
        p.load(in);
      }
      p.stringPropertyNames().stream().filter(k -> CODE.matcher(k).matches()).sorted().forEach(codes::add);
    }
    return codes;
  }

  @Test
  void everyCheckerCodeHasAPageWithAnExampleAndAFix() throws IOException {
    List<String> codes = checkerCodes();
    assertThat(codes).contains("P0382", "P0507", "P1001", "P1002", "P1003");
    for (String code : codes) {
      String page = ExplainPages.page(code).orElse(null);
      assertThat(page).as("explain page for " + code).isNotNull();
      assertThat(page).as(code).startsWith("# " + code).contains(EXAMPLE).contains(FIX);
      assertThat(blocks(page)).as(code + " has a failing example and a fixed one").hasSize(2);
      assertThat(ExplainPages.codes()).as("index.txt lists " + code).containsKey(code);
    }
    for (String listed : ExplainPages.codes().keySet()) {
      assertThat(ExplainPages.page(listed)).as("page for indexed " + listed).isPresent();
    }
  }

  @Test
  void examplesFailWithTheirCodeAndFixesAreClean() throws IOException {
    for (String code : checkerCodes()) {
      List<String> blocks = blocks(ExplainPages.page(code).orElseThrow());
      Path fail = Files.writeString(Files.createDirectories(dir.resolve(code + "/fail")).resolve("Example.java"), blocks.get(0));
      Path fix = Files.writeString(Files.createDirectories(dir.resolve(code + "/fix")).resolve("Example.java"), blocks.get(1));
      CliRun bad = CliRun.of("check", "--format=short", fail.toString());
      assertThat(bad.out()).as(code + " example\n" + bad.all()).contains("[" + code + "]: ");
      CliRun good = CliRun.of("check", "--format=short", fix.toString());
      assertThat(good.exit()).as(code + " fix\n" + good.all()).isZero();
      assertThat(good.out()).as(code + " fix").isEmpty();
    }
  }

  @Test
  void explainPrintsThePageAndRejectsUnknownCodes() {
    CliRun ok = CliRun.of("explain", "p0382");
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).startsWith("# P0382").contains(EXAMPLE);

    CliRun unknown = CliRun.of("explain", "P9999");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("known codes: P0382");

    CliRun list = CliRun.of("explain");
    assertThat(list.exit()).isZero();
    assertThat(list.out()).contains("P1001");
  }

  private static List<String> blocks(String page) {
    List<String> out = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(page);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
