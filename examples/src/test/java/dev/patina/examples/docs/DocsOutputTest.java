package dev.patina.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.examples.PatinaCheckout;
import dev.patina.examples.PatinaCheckout.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output figure in the docs is what its command prints today.
 *
 * <p>A figure is the fenced block right after a marker line
 *
 * <pre>{@code <!-- output: DIR: patina ARGS... -->}</pre>
 *
 * (outside any fenced block) in README.md or a Markdown file under docs/: run {@code ./patina
 * ARGS...} in {@code DIR} (relative to the Markdown file) and the block holds what it prints,
 * standard output and standard error together, or standard output alone when the marker ends in
 * {@code 2>/dev/null}. ARGS are split at spaces (no quoting). The test runs the command the way the
 * launcher does once Patina is built ({@link PatinaCheckout#patinaCommand}); the only change is
 * that a {@code -d} directory is a temporary one, and its path, like {@code DIR}'s absolute path,
 * is put back in the output. docs/build.md describes the markers too.
 *
 * <p>{@code tools/regen-docs} rewrites every such block from a real run of its command.
 */
class DocsOutputTest {

  /** The command that brings the blocks up to date, named in every failure. */
  static final String REGEN = "tools/regen-docs";

  private static final Pattern MARKER = Pattern.compile("<!-- output: (\\S+): patina (.+?)( 2>/dev/null)? -->");

  /** One figure: where it is, how to make it, and the text it shows. */
  record Block(Path doc, int line, Path dir, List<String> args, boolean stdoutOnly, String text) {

    String command() {
      return "patina " + String.join(" ", args) + (stdoutOnly ? " 2>/dev/null" : "");
    }

    @Override
    public String toString() {
      return PatinaCheckout.home().relativize(doc) + ":" + line + " " + command();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyOutputBlockIsWhatItsCommandPrints(@TempDir Path scratch) throws IOException {
    List<Block> blocks = blocks();
    assertThat(blocks).as("output blocks in the docs").isNotEmpty();
    Map<List<Object>, String> outputs = new HashMap<>(); // the same command in the same place runs once
    return blocks.stream().map(b -> DynamicTest.dynamicTest(b.toString(), () -> {
      String actual = outputs.get(List.of(b.dir(), b.args(), b.stdoutOnly()));
      if (actual == null) {
        actual = output(b, scratch.resolve("out" + outputs.size()));
        outputs.put(List.of(b.dir(), b.args(), b.stdoutOnly()), actual);
      }
      assertThat(b.text())
          .as("%s:%d shows the output of `%s` run in %s (expected: what it prints now; but was: the block),"
                  + " and that output has changed: run %s to rewrite the docs' output blocks, then reread the"
                  + " prose around them",
              PatinaCheckout.home().relativize(b.doc()), b.line(), b.command(),
              PatinaCheckout.home().relativize(b.dir()), REGEN)
          .isEqualTo(actual);
    }));
  }

  /** The docs this test guards have their figures marked (a broken marker would hide them all). */
  @Test
  void theDiagnosticDocsHaveMarkedFigures() throws IOException {
    Path docs = PatinaCheckout.home().resolve("docs");
    List<Path> marked = blocks().stream().map(Block::doc).distinct().toList();
    assertThat(marked).contains(docs.resolve("checkers/ownership.md"), docs.resolve("diagnostics.md"));
  }

  /** What the block's command prints now, the way the block shows it. */
  private static String output(Block b, Path out) throws Exception {
    List<String> args = new ArrayList<>(b.args());
    String givenOut = null;
    int d = args.indexOf("-d");
    if (d >= 0 && d + 1 < args.size()) {
      givenOut = args.get(d + 1);
      Files.createDirectories(out);
      args.set(d + 1, out.toString());
    }
    Run run = PatinaCheckout.run(b.dir(), PatinaCheckout.patinaCommand(args.toArray(String[]::new)), !b.stdoutOnly());
    assertThat(run.exitCode())
        .as("`%s` in %s exits with 0 or 1 (2 and above: a usage error or a crash):%n%s", b.command(), b.dir(), run.output())
        .isBetween(0, 1);
    String text = run.output().replace("\r\n", "\n");
    if (givenOut != null) {
      text = text.replace(out.toString(), givenOut);
    }
    text = text.replace(b.dir() + "/", "");
    return text.replaceAll("\n+$", ""); // as the shell's $(...) does
  }

  /** Every marked block in README.md and docs/**.md, in file order. */
  static List<Block> blocks() throws IOException {
    Path home = PatinaCheckout.home();
    List<Path> docs = new ArrayList<>();
    docs.add(home.resolve("README.md"));
    try (Stream<Path> files = Files.walk(home.resolve("docs"))) {
      files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    List<Block> blocks = new ArrayList<>();
    for (Path doc : docs) {
      blocks.addAll(blocks(doc));
    }
    return blocks;
  }

  private static List<Block> blocks(Path doc) {
    List<String> lines = PatinaCheckout.read(doc).lines().toList();
    List<Block> blocks = new ArrayList<>();
    boolean inFence = false; // a marker inside a fenced block is an example of one, not a marker
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```")) {
        inFence = !inFence;
      }
      if (inFence || !line.contains("<!-- output:")) {
        continue;
      }
      String where = doc + ":" + (i + 1);
      Matcher m = MARKER.matcher(line);
      assertThat(m.matches()).as("%s: a marker reads <!-- output: DIR: patina ARGS [2>/dev/null] -->, not %s", where, line).isTrue();
      Path dir = doc.getParent().resolve(m.group(1)).normalize();
      assertThat(dir).as("%s: the directory the command runs in", where).isDirectory();
      assertThat(i + 1 < lines.size() && lines.get(i + 1).startsWith("```"))
          .as("%s: a fenced block follows the marker", where).isTrue();
      int end = i + 2;
      while (end < lines.size() && !lines.get(end).equals("```")) {
        end++;
      }
      assertThat(end).as("%s: the block after the marker is closed", where).isLessThan(lines.size());
      String text = String.join("\n", lines.subList(i + 2, end));
      List<String> args = Arrays.stream(m.group(2).trim().split(" +")).toList();
      blocks.add(new Block(doc, i + 1, dir, args, m.group(3) != null, text));
      i = end;
    }
    return blocks;
  }
}
