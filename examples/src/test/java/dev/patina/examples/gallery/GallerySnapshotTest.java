package dev.patina.examples.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.cli.CheckerRegistry;
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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compile-fail galleries, in the spirit of Rust's trybuild: every checker of the {@link
 * CheckerRegistry} has a gallery {@code examples/compile-fail/CHECKER/gallery}, whose directories
 * are named after that checker's diagnostic codes; each holds a small program that provokes its
 * code, and {@code expected.txt}, what
 *
 * <pre>{@code ./patina check --format human --color never examples/compile-fail/CHECKER/gallery/CODE}</pre>
 *
 * prints on standard output, run from the checkout's root so that the paths in it are relative.
 * The test runs that command the way the launcher does once Patina is built ({@link
 * PatinaCheckout#patinaCommand}) and expects exactly {@code expected.txt}, exit status 1 (0 when
 * the code is a warning), and the directory's code as the only code in the output. Every code of
 * a checker's messages.properties must have a directory and a line in its gallery's README.md.
 *
 * <p>{@value #REGEN} rewrites every {@code expected.txt} from a real run.
 */
class GallerySnapshotTest {

  /** The command that brings the snapshots up to date, named in every failure. */
  static final String REGEN = "tools/regen-gallery";

  /** A diagnostic code: a checker's letter and four digits (P0382, T0001, U0004). */
  static final Pattern CODE = Pattern.compile("[A-Z]\\d{4}");

  /** A diagnostic's first line in the human format: {@code error[P0382]: ...}, or javac's {@code error: ...}. */
  static final Pattern HEADLINE = Pattern.compile("(?m)^(error|warning|note)(?:\\[([^\\]]+)\\])?: (.*)$");

  /** The summary line, which is not a diagnostic: {@code error: 1 error}, {@code warning: 1 warning}. */
  static final Pattern SUMMARY = Pattern.compile("\\d+ (errors?|warnings?)(, \\d+ warnings?)?");

  /** A checker's gallery, relative to the checkout's root (the command runs there, with this path). */
  static String gallery(String checker) {
    return "examples/compile-fail/" + checker + "/gallery";
  }

  /** Where a checker's codes are declared, relative to the checkout's root. */
  static String messages(String checker) {
    return "checkers/src/main/resources/dev/patina/checkers/" + checker + "/messages.properties";
  }

  /** Every checker's gallery directories, as (checker, code) pairs. */
  static List<Arguments> directories() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String checker : CheckerRegistry.names()) {
      for (String code : directories(checker)) {
        out.add(Arguments.of(checker, code));
      }
    }
    return out;
  }

  private static List<String> directories(String checker) throws IOException {
    Path dir = PatinaCheckout.home().resolve(gallery(checker));
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("directories")
  void theCheckerPrintsTheSnapshot(String checker, String code) throws Exception {
    Path home = PatinaCheckout.home();
    String dir = gallery(checker) + "/" + code;
    assertThat(code).as("%s: a gallery directory is named after the code it shows", dir).matches(CODE);
    try (Stream<Path> files = Files.list(home.resolve(dir))) {
      assertThat(files.filter(f -> f.toString().endsWith(".java")).toList())
          .as("%s holds the Java file that provokes %s", dir, code).isNotEmpty();
    }
    Snapshot snapshot = Snapshot.check(dir, List.of());
    String actual = snapshot.run().output();

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
    assertThat(severity).as("`%s` reports %s:%n%s", snapshot.command(), code, actual).isNotNull();
    assertThat(headlines)
        .as("`%s` reports %s and nothing else (a gallery file shows one code):%n%s", snapshot.command(), code, actual)
        .allMatch(h -> h.startsWith("error[" + code + "]: ") || h.startsWith("warning[" + code + "]: "));
    int exitCode = "error".equals(severity) ? 1 : 0;
    assertThat(snapshot.run().exitCode())
        .as("`%s` exits with %d (%s is reported with severity %s):%n%s",
            snapshot.command(), exitCode, code, severity, actual)
        .isEqualTo(exitCode);
  }

  /** A new code cannot land without its gallery directory, nor a directory outlive its code. */
  @Test
  void everyCodeHasAGalleryDirectoryAndALineInItsReadme() throws IOException {
    Path home = PatinaCheckout.home();
    assertThat(CheckerRegistry.names()).as("the registered checkers").contains("ownership");
    for (String checker : CheckerRegistry.names()) {
      TreeSet<String> codes = codes(home.resolve(messages(checker)));
      assertThat(codes).as("the codes of %s", messages(checker)).isNotEmpty();
      List<String> directories = directories(checker);
      String gallery = gallery(checker);
      assertThat(directories)
          .as("every code in %s has a directory %s/CODE with a Java file that provokes it; make its"
              + " expected.txt with %s CODE, and add a line to %s/README.md", messages(checker), gallery, REGEN, gallery)
          .containsAll(codes);
      assertThat(codes)
          .as("every directory of %s is a code the checker still has (in %s)", gallery, messages(checker))
          .containsAll(directories);
      String readme = PatinaCheckout.read(home.resolve(gallery).resolve("README.md"));
      for (String code : directories) {
        assertThat(readme)
            .as("%s/README.md has a line for %s, linking its file as [%s](%s/...)", gallery, code, code, code)
            .contains("[" + code + "](" + code + "/");
      }
    }
  }

  /** The diagnostic codes declared in a messages.properties (its keys that are codes). */
  static TreeSet<String> codes(Path messagesFile) throws IOException {
    Properties messages = new Properties();
    try (Reader in = Files.newBufferedReader(messagesFile, StandardCharsets.UTF_8)) {
      messages.load(in);
    }
    TreeSet<String> codes = new TreeSet<>();
    for (String key : messages.stringPropertyNames()) {
      if (CODE.matcher(key).matches()) {
        codes.add(key);
      }
    }
    return codes;
  }

  /**
   * One snapshot: {@code ./patina check --format human --color never [EXTRA...] DIR} run from the
   * checkout's root, compared with {@code DIR/expected.txt}.
   */
  record Snapshot(String command, Run run) {

    /** Runs the check and asserts that it printed exactly {@code DIR/expected.txt}. */
    static Snapshot check(String dir, List<String> extra) throws Exception {
      Path home = PatinaCheckout.home();
      Path expectedFile = home.resolve(dir).resolve("expected.txt");
      assertThat(expectedFile).as("%s/expected.txt exists; make it with %s %s", dir, REGEN, dir).isRegularFile();
      String expected = PatinaCheckout.read(expectedFile);
      List<String> args = new ArrayList<>(List.of("check", "--format", "human", "--color", "never"));
      args.addAll(extra);
      args.add(dir);
      String command = "./patina " + String.join(" ", args);
      Run run = PatinaCheckout.run(home, PatinaCheckout.patinaCommand(args.toArray(String[]::new)), false);
      assertThat(run.output())
          .as("%s/expected.txt is what `%s` prints from the checkout's root (expected: expected.txt;"
                  + " but was: what it prints now), and that output has changed: if the change is meant,"
                  + " run %s %s to rewrite it, and read the diff",
              dir, command, REGEN, dir)
          .isEqualTo(expected);
      return new Snapshot(command, run);
    }
  }
}
