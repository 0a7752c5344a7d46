package dev.patina.cli.command;

import dev.patina.cli.PatinaPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code patina stress}: the long runs of the runtime's concurrency tests, which {@code patina
 * test} runs only in short configurations — Lincheck with many more iterations and invocations,
 * and jcstress in a full preset — then a summary of what passed.
 */
@Command(
    name = "stress",
    header = "Run the long Lincheck, stress and jcstress configurations of the runtime.",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the Lincheck tests of the queues, the deque, the channels and the semaphore with",
      "-Dpatina.lincheck.long=true (100 model-checking iterations of 10,000 invocations, 200",
      "stress iterations of 20,000), the channel and executor stress tests ten times bigger",
      "(-Dpatina.stress.long=true), and the jcstress tests of the stress module (queues, the task",
      "state machine) in a full preset (the broken queue must still be caught), then prints",
      "which passed. `patina test` runs the short configurations of the same tests.",
      "Expect tens of minutes with the default preset on a small machine."
    })
public final class StressCommand extends PatinaCommand {

  /**
   * The tests the long run repeats: Lincheck over the queues, the deque, the channels and the
   * semaphore (and the negative control), and the channel and executor stress tests.
   */
  static final String LINCHECK_TESTS = "*LincheckTest*,BrokenQueueIsCaughtTest,MpscStressTest,ExecutorStressTest";

  @Option(names = "--jcstress-mode", paramLabel = "MODE", defaultValue = "default",
      description = "jcstress preset: quick, default, tough or stress (default: ${DEFAULT-VALUE}).")
  String jcstressMode;

  @Option(names = "--no-lincheck", description = "Skip the Lincheck tests.")
  boolean noLincheck;

  @Option(names = "--no-jcstress", description = "Skip the jcstress tests.")
  boolean noJcstress;

  @Override
  public Integer call() {
    if (!List.of("quick", "default", "tough", "stress").contains(jcstressMode)) {
      throw usage("--jcstress-mode must be quick, default, tough or stress, not `" + jcstressMode + "`");
    }
    PatinaPaths paths = paths();
    List<String> summary = new ArrayList<>();
    boolean ok = true;
    try {
      if (!noLincheck) {
        int exit = maven(paths, List.of("-pl", "runtime", "-am", "test",
            "-Dtest=" + LINCHECK_TESTS, "-Dsurefire.failIfNoSpecifiedTests=false",
            "-Dpatina.lincheck.long=true", "-Dpatina.stress.long=true"));
        ok &= exit == 0;
        summary.add("Lincheck (long): " + (exit == 0 ? "PASSED" : "FAILED (mvn exit " + exit + ")"));
        summary.addAll(lincheckResults(paths.home().resolve("runtime/target/surefire-reports")));
      }
      if (!noJcstress) {
        int exit = maven(paths, List.of("-pl", "stress", "-am", "verify", "-DskipTests",
            "-Dstress.mode=" + jcstressMode));
        ok &= exit == 0;
        summary.add("jcstress (-m " + jcstressMode + "): "
            + (exit == 0 ? "PASSED, and the broken queue was caught" : "FAILED (mvn exit " + exit + ")")
            + "; reports in stress/target/jcstress-results/");
      }
    } catch (IOException e) {
      return fail("cannot run Maven (is `mvn` installed and on the PATH?): " + e.getMessage());
    }
    out().println();
    out().println("patina stress:");
    summary.forEach(line -> out().println("  " + line));
    out().flush();
    return ok ? 0 : 1;
  }

  private static int maven(PatinaPaths paths, List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of("mvn", "-B"));
    command.addAll(args);
    String mavenOpts = "--sun-misc-unsafe-memory-access=allow " + System.getenv().getOrDefault("MAVEN_OPTS", "");
    return ProcessRunner.run(command, paths.home(),
        Map.of("JAVA_HOME", paths.javaHome().toString(), "MAVEN_OPTS", mavenOpts.strip()));
  }

  /**
   * One line per test case of the queue tests' surefire reports in {@code reports}: {@code PASSED}
   * or {@code FAILED}, the class and method, and the time.
   */
  static List<String> lincheckResults(Path reports) throws IOException {
    List<String> lines = new ArrayList<>();
    if (!Files.isDirectory(reports)) {
      return lines;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(reports)) {
      files = s.filter(p -> {
        String name = p.getFileName().toString();
        return name.startsWith("TEST-dev.patina.runtime.queue.") && name.endsWith(".xml");
      }).sorted().toList();
    }
    for (Path file : files) {
      try {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList cases = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
          Element c = (Element) cases.item(i);
          boolean failed = c.getElementsByTagName("failure").getLength() > 0
              || c.getElementsByTagName("error").getLength() > 0;
          boolean skipped = c.getElementsByTagName("skipped").getLength() > 0;
          String cls = c.getAttribute("classname");
          lines.add("  " + (failed ? "FAILED " : skipped ? "SKIPPED" : "PASSED ") + " "
              + cls.substring(cls.lastIndexOf('.') + 1) + "." + c.getAttribute("name")
              + " (" + c.getAttribute("time") + " s)");
        }
      } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
        lines.add("  (unreadable report " + file.getFileName() + ": " + e.getMessage() + ")");
      }
    }
    return lines;
  }
}
