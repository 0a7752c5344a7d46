package dev.patina.examples.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.examples.PatinaCheckout;
import dev.patina.examples.PatinaCheckout.Run;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compile-fail gallery, in the spirit of Rust's trybuild: each directory of {@value #GALLERY}
 * is named after a diagnostic code and holds a small program that provokes it, and
 * {@code expected.txt}, what
 *
 * <pre>{@code ./patina check --format human --color never examples/compile-fail/ownership/gallery/CODE}</pre>
 *
 * prints on standard output, run from the checkout's root so that the paths in it are relative.
 * The test runs that command the way the launcher does once Patina is built ({@link
 * PatinaCheckout#patinaCommand}) and expects exactly {@code expected.txt}, exit status 1 (0 when
 * the code is a warning, P1003), and the directory's code as the only code in the output. Every
 * P-code of the checker's messages.properties must have a directory and a line in the gallery's
 * README.md.
 *
 * <p>{@value #REGEN} rewrites every {@code expected.txt} from a real run.
 */
class GallerySnapshotTest {

  /** The command that brings the snapshots up to date, named in every failure. */
  static final String REGEN = "tools/regen-gallery";

  /** The gallery, relative to the checkout's root (the command runs there, with this path). */
  static final String GALLERY = "examples/compile-fail/ownership/gallery";

  /** Where the ownership checker's codes are declared, relative to the checkout's root. */
  static final String MESSAGES = "checkers/src/main/resources/dev/patina/checkers/ownership/messages.properties";

  private static final Pattern P_CODE = Pattern.compile("P\\d{4}");

  /** A diagnostic's first line in the human format: {@code error[P0382]: ...}, or javac's {@code error: ...}. */
  private static final Pattern HEADLINE = Pattern.compile("(?m)^(error|warning|note)(?:\\[([^\\]]+)\\])?: (.*)$");

  /** The summary line, which is not a diagnostic: {@code error: 1 error}, {@code warning: 1 warning}. */
  private static final Pattern SUMMARY = Pattern.compile("\\d+ (errors?|warnings?)(, \\d+ warnings?)?");

  /** The gallery's directories, by name (each a code). */
  static List<String> directories() throws IOException {
    try (Stream<Path> entries = Files.list(PatinaCheckout.home().resolve(GALLERY))) {
      return entries.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("directories")
  void theCheckerPrintsTheSnapshot(String code) throws Exception {
    Path home = PatinaCheckout.home();
    String dir = GALLERY + "/" + code;
    assertThat(code).as("%s: a gallery directory is named after the code it shows", dir).matches(P_CODE);
    try (Stream<Path> files = Files.list(home.resolve(dir))) {
      assertThat(files.filter(f -> f.toString().endsWith(".java")).toList())
          .as("%s holds the Java file that provokes %s", dir, code).isNotEmpty();
    }
    Path expectedFile = home.resolve(dir).resolve("expected.txt");
    assertThat(expectedFile).as("%s/expected.txt exists; make it with %s %s", dir, REGEN, code).isRegularFile();
    String expected = PatinaCheckout.read(expectedFile);

    String command = "./patina check --format human --color never " + dir;
    Run run = PatinaCheckout.run(home, PatinaCheckout.patinaCommand(
        "check", "--format", "human", "--color", "never", dir), false);
    String actual = run.output();

    assertThat(actual)
        .as("%s/expected.txt is what `%s` prints from the checkout's root (expected: expected.txt;"
                + " but was: what it prints now), and that output has changed: if the change is meant,"
                + " run %s %s to rewrite it, and read the diff",
            dir, command, REGEN, code)
        .isEqualTo(expected);

    List<String> headlines = new ArrayList<>();
    String severity = null;
    Matcher m = HEADLINE.matcher(actual);
    while (m.find()) {
      if (m.group(2) == null && SUMMARY.matcher(m.group(3)).matches()) {
        continue;
      }
      headlines.add(m.group());
      if (code.equals(m.group(2))) {
        severity = m.group(1);
      }
    }
    assertThat(severity).as("`%s` reports %s:%n%s", command, code, actual).isNotNull();
    assertThat(headlines)
        .as("`%s` reports %s and nothing else (a gallery file shows one code):%n%s", command, code, actual)
        .allMatch(h -> h.startsWith("error[" + code + "]: ") || h.startsWith("warning[" + code + "]: "));
    int exitCode = "error".equals(severity) ? 1 : 0;
    assertThat(run.exitCode())
        .as("`%s` exits with %d (%s is reported with severity %s):%n%s", command, exitCode, code, severity, actual)
        .isEqualTo(exitCode);
  }

  /** A new code cannot land without its gallery directory, nor a directory outlive its code. */
  @Test
  void everyCodeHasAGalleryDirectoryAndALineInItsReadme() throws IOException {
    Path home = PatinaCheckout.home();
    Properties messages = new Properties();
    try (Reader in = Files.newBufferedReader(home.resolve(MESSAGES), StandardCharsets.UTF_8)) {
      messages.load(in);
    }
    TreeSet<String> codes = new TreeSet<>();
    for (String key : messages.stringPropertyNames()) {
      if (P_CODE.matcher(key).matches()) {
        codes.add(key);
      }
    }
    assertThat(codes).as("the P-codes of %s", MESSAGES).isNotEmpty();
    List<String> directories = directories();
    assertThat(directories)
        .as("every P-code in %s has a directory %s/CODE with a Java file that provokes it; make its"
            + " expected.txt with %s CODE, and add a line to %s/README.md", MESSAGES, GALLERY, REGEN, GALLERY)
        .containsAll(codes);
    assertThat(codes)
        .as("every directory of %s is a code the checker still has (in %s)", GALLERY, MESSAGES)
        .containsAll(directories);
    String readme = PatinaCheckout.read(home.resolve(GALLERY).resolve("README.md"));
    for (String code : directories) {
      assertThat(readme)
          .as("%s/README.md has a line for %s, linking its file as [%s](%s/...)", GALLERY, code, code, code)
          .contains("[" + code + "](" + code + "/");
    }
  }
}
