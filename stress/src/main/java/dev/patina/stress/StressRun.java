package dev.patina.stress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the jcstress tests of the queues and the negative control, each in its own jcstress run,
 * and exits 0 only if every queue test passed <em>and</em> the broken queue's test failed with a
 * FORBIDDEN outcome (a negative control that passes means the tests cannot see the bug they are
 * for). Usage: {@code java -cp jcstress.jar dev.patina.stress.StressRun [--mode MODE]}, where MODE
 * is {@code sanity} (the default: jcstress's sanity preset with 100 ms iterations, 300 ms for the
 * negative control, and no split compilation; about a minute, what {@code mvn verify} runs) or a jcstress preset ({@code
 * quick}, {@code default}, {@code tough}, {@code stress}). The full jcstress output goes to
 * {@code jcstress-NAME.log} and the reports to {@code jcstress-results/NAME/} in the working
 * directory.
 */
public final class StressRun {

  /** One jcstress run: which tests, and whether they must pass or must be caught failing. */
  record Run(String name, String testRegexp, boolean mustFail) {}

  /** What one run printed, read from its output. */
  record Verdict(int exitCode, int planned, int passed, int failed, int softErrors, int hardErrors,
      List<String> forbidden) {

    boolean passedCleanly() {
      return exitCode == 0 && planned > 0 && passed == planned && failed == 0
          && softErrors == 0 && hardErrors == 0;
    }

    boolean caughtForbidden() {
      return failed > 0 && hardErrors == 0 && !forbidden.isEmpty();
    }
  }

  static final List<Run> RUNS = List.of(
      new Run("queues", "dev\\.patina\\.stress\\.queue\\..*", false),
      new Run("tasks", "dev\\.patina\\.stress\\.task\\..*", false),
      new Run("negative-control", "dev\\.patina\\.stress\\.broken\\..*", true));

  private static final Pattern RESULTS = Pattern.compile(
      "\\(Results: (\\d+) planned; (\\d+) passed, (\\d+) failed, (\\d+) soft errs, (\\d+) hard errs\\)");
  private static final Pattern FORBIDDEN = Pattern.compile("Observed forbidden state: .*");

  private StressRun() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    String mode = "sanity";
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--mode") && i + 1 < args.length) {
        mode = args[++i];
      } else {
        System.err.println("usage: StressRun [--mode sanity|quick|default|tough|stress]");
        System.exit(2);
      }
    }
    System.exit(runAll(mode));
  }

  /** Runs every {@link #RUNS} entry in {@code mode}; returns the exit code. */
  static int runAll(String mode) throws IOException, InterruptedException {
    boolean ok = true;
    for (Run run : RUNS) {
      long start = System.nanoTime();
      Verdict v = runJcstress(run, mode);
      long seconds = (System.nanoTime() - start) / 1_000_000_000L;
      String counts = v.planned() + " results planned, " + v.passed() + " passed, " + v.failed()
          + " failed, " + v.softErrors() + " soft errors, " + v.hardErrors() + " hard errors";
      if (!run.mustFail()) {
        boolean good = v.passedCleanly();
        ok &= good;
        System.out.printf("jcstress %s (%s, %d s): %s: %s%n", run.name(), mode, seconds,
            good ? "PASSED" : "FAILED", counts);
        v.forbidden().forEach(f -> System.out.println("  " + f));
      } else {
        boolean caught = v.caughtForbidden();
        ok &= caught;
        System.out.printf("jcstress %s (%s, %d s): %s: %s%n", run.name(), mode, seconds,
            caught ? "CAUGHT (the broken queue failed, as it must)" : "NOT CAUGHT", counts);
        v.forbidden().stream().distinct().forEach(f -> System.out.println("  " + f));
      }
      if (v.planned() == 0) {
        System.out.println("  jcstress ran nothing: see jcstress-" + run.name() + ".log");
      }
    }
    return ok ? 0 : 1;
  }

  static Verdict runJcstress(Run run, String mode) throws IOException, InterruptedException {
    Path jar = Path.of(StressRun.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", jar.toString(), "org.openjdk.jcstress.Main",
        "-t", run.testRegexp(), "-r", "jcstress-results/" + run.name(),
        // the forks load JNA for affinity; this keeps its warning out of every report
        "-jvmArgsPrepend", "--enable-native-access=ALL-UNNAMED"));
    if (mode.equals("sanity")) {
      // sanity's default 0 ms iterations see only a few samples per fork: too few to catch the
      // negative control reliably. 100 ms iterations catch it in nearly every fork; the control
      // gets 300 ms, so that a loaded CI machine still sees the race in at least one fork
      String millis = run.mustFail() ? "300" : "100";
      cmd.addAll(List.of("-m", "sanity", "-time", millis, "-sc", "false"));
    } else {
      cmd.addAll(List.of("-m", mode));
    }
    Path log = Path.of("jcstress-" + run.name() + ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = p.waitFor();
    return parse(exit, Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Reads the last progress line's counts and the forbidden outcomes from jcstress's output. */
  static Verdict parse(int exitCode, String output) {
    int[] counts = new int[5];
    Matcher m = RESULTS.matcher(output);
    while (m.find()) {
      for (int i = 0; i < 5; i++) {
        counts[i] = Integer.parseInt(m.group(i + 1));
      }
    }
    List<String> forbidden = new ArrayList<>();
    Matcher f = FORBIDDEN.matcher(output);
    while (f.find()) {
      forbidden.add(f.group());
    }
    return new Verdict(exitCode, counts[0], counts[1], counts[2], counts[3], counts[4], forbidden);
  }
}
