package dev.patina.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.Options;

/**
 * The entry point of {@code benchmarks.jar}, which {@code ./patina bench} runs.
 *
 * <pre>
 * list                          the suites, one per line: NAME, a tab, the description
 * run NAME [--out DIR] [JMH…]   runs a suite; writes DIR/NAME.md and DIR/NAME.json
 * </pre>
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  /** Runs the command in {@code args}; returns the exit code (0 ok, 1 failed, 2 usage). */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.getFirst().equals("list")) {
      Suites.all().forEach(s -> out.println(s.name() + "\t" + s.description()));
      return 0;
    }
    if (!args.getFirst().equals("run") || args.size() < 2) {
      err.println("usage: benchmarks.jar list | run NAME [--out DIR] [JMH options]");
      return 2;
    }
    Optional<Suite> suite = Suites.named(args.get(1));
    if (suite.isEmpty()) {
      err.println("no benchmark suite `" + args.get(1) + "`; known suites: "
          + String.join(", ", Suites.all().stream().map(Suite::name).toList()));
      return 2;
    }
    List<String> rest = new ArrayList<>(args.subList(2, args.size()));
    Path outDir = takeOutDir(rest);
    try {
      return runSuite(suite.get(), rest, outDir, out);
    } catch (CommandLineOptionException e) {
      err.println("bad JMH options: " + e.getMessage());
      return 2;
    } catch (RunnerException | IOException e) {
      err.println("the suite " + suite.get().name() + " failed: " + e.getMessage());
      return 1;
    }
  }

  private static int runSuite(Suite suite, List<String> jmhArgs, Path outDir, PrintStream out)
      throws CommandLineOptionException, RunnerException, IOException {
    Path json = outDir.resolve(suite.name() + ".json");
    Options options = SuiteOptions.of(suite, jmhArgs, json);
    Files.createDirectories(outDir);
    Collection<RunResult> results = new Runner(options).run();
    if (results.isEmpty()) {
      out.println("no benchmark of suite " + suite.name() + " matched " + jmhArgs);
      return 1;
    }
    String command = "./patina bench " + suite.name()
        + (jmhArgs.isEmpty() ? "" : " " + String.join(" ", jmhArgs));
    Optional<Companion> companion = Companion.of(suite);
    Optional<Companion.Outcome> outcome = companion.map(c -> runCompanion(c, suite, options, out));
    Path report = outDir.resolve(suite.name() + ".md");
    AtomicFiles.write(report, new Report(suite, command, options, results, companion, outcome).markdown());
    out.println("wrote " + report + " and " + json);
    return 0;
  }

  /** Runs the suite's companion for as long as JMH measured each benchmark; failures become skips. */
  private static Companion.Outcome runCompanion(Companion c, Suite suite, Options options, PrintStream out) {
    long seconds = Math.max(1, options.getMeasurementIterations().orElse(1)
        * options.getMeasurementTime().orElse(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
            .convertTo(java.util.concurrent.TimeUnit.SECONDS));
    out.println("running the companion " + c.script() + " (" + c.title() + ") for " + seconds + " s per row");
    try {
      Companion.Outcome o = c.run(home(), suite.packageName(), seconds);
      o.skipped().ifPresent(why -> out.println("companion skipped: " + why));
      return o;
    } catch (IOException | RuntimeException e) {
      out.println("companion failed: " + e.getMessage());
      return new Companion.Outcome(List.of(), List.of(), Optional.of("it failed: " + e.getMessage()));
    }
  }

  private static Path home() {
    String home = System.getProperty("patina.home");
    return home == null ? Path.of("").toAbsolutePath() : Path.of(home);
  }

  /** Removes {@code --out DIR} from {@code args}; the default is {@code docs/bench} of Patina. */
  private static Path takeOutDir(List<String> args) {
    int i = args.indexOf("--out");
    if (i >= 0 && i + 1 < args.size()) {
      Path dir = Path.of(args.get(i + 1));
      args.subList(i, i + 2).clear();
      return dir;
    }
    return home().resolve("docs").resolve("bench");
  }
}
