package dev.patina.examples.typestate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.examples.PatinaCheckout;
import dev.patina.examples.PatinaCheckout.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gallery of wrong uses of the typestate examples ({@value #MISUSE}): each directory, checked
 * against the compiled examples, prints exactly its {@code expected.txt}, fails, and reports one
 * diagnostic per mistake its comments announce ({@code // T0001: ...}), with that code. Regenerate
 * a snapshot after a deliberate change of the checker's messages with
 *
 * <pre>{@code ./patina check --format human --color never --classpath examples/target/classes \
 *     examples/compile-fail/typestate/misuse/NAME > examples/compile-fail/typestate/misuse/NAME/expected.txt}</pre>
 */
class TypestateMisuseTest {

  static final String MISUSE = "examples/compile-fail/typestate/misuse";

  private static final Pattern ANNOUNCED = Pattern.compile("// (T\\d{4})\\b");
  /** A diagnostic's headline in the human format: {@code error[T0001]: ...} or {@code warning[T0005]: ...}. */
  private static final Pattern REPORTED = Pattern.compile("(?m)^(?:error|warning)\\[(T\\d{4})\\]: ");

  static List<String> directories() throws IOException {
    try (Stream<Path> entries = Files.list(PatinaCheckout.home().resolve(MISUSE))) {
      return entries.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("directories")
  void theCheckerReportsEveryAnnouncedMistakeAndNothingElse(String name) throws Exception {
    Path home = PatinaCheckout.home();
    String dir = MISUSE + "/" + name;
    Path expectedFile = home.resolve(dir).resolve("expected.txt");
    assertThat(expectedFile).as("%s/expected.txt exists", dir).isRegularFile();

    Run run = PatinaCheckout.run(home, PatinaCheckout.patinaCommand(
        "check", "--format", "human", "--color", "never", "--classpath", "examples/target/classes", dir), false);
    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output())
        .as("the output of ./patina check on %s differs from expected.txt; if the change is deliberate, regenerate it", dir)
        .isEqualTo(PatinaCheckout.read(expectedFile));
    assertThat(codes(REPORTED, run.output())).as("codes reported in %s", dir).containsExactlyInAnyOrderElementsOf(announced(home.resolve(dir)));
  }

  private static List<String> announced(Path dir) throws IOException {
    List<String> codes = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        codes.addAll(codes(ANNOUNCED, PatinaCheckout.read(f)));
      }
    }
    assertThat(codes).as("%s announces its mistakes in // TXXXX comments", dir).isNotEmpty();
    return codes;
  }

  private static List<String> codes(Pattern pattern, String text) {
    List<String> codes = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }
}
