package dev.patina.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.cli.JdkAccess;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Patina checkout the examples' tests run against, and the ways they run programs: where it
 * is and what its build produced (read from the system properties examples/pom.xml's surefire
 * configuration sets), and subprocesses run with the JDK that runs the tests.
 */
public final class PatinaCheckout {

  private PatinaCheckout() {}

  /** What a subprocess did: its exit status and what it printed. */
  public record Run(int exitCode, String output) {}

  /** A system property examples/pom.xml hands to the tests; fails the test when it is missing. */
  public static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value)
        .as("system property %s (set by examples/pom.xml's surefire configuration)", name)
        .isNotBlank();
    return value;
  }

  /** The root of the checkout ({@code patina.home}). */
  public static Path home() {
    return Path.of(property("patina.home")).toAbsolutePath().normalize();
  }

  /** Patina's version ({@code <version>} in its pom.xml). */
  public static String version() {
    return property("patina.version");
  }

  /** The jar a module of this build left in its {@code target/}, e.g. checkers' patina-checkers. */
  public static Path builtJar(String module, String artifactId) {
    Path jar = home().resolve(module).resolve("target").resolve(artifactId + "-" + version() + ".jar");
    assertThat(jar)
        .as("%s is built before examples' tests run (mvn install -pl annotations,checkers -am)", jar)
        .isRegularFile();
    return jar;
  }

  /**
   * The command line {@code ./patina ARGS...} comes down to once Patina is built: the launcher's
   * {@code java} with the JVM flags the Checker Framework needs, the checkout and JDK as system
   * properties, and the class path the cli module's build wrote. The launcher's rebuild of stale
   * sources is left out: the test build has just built them.
   */
  public static List<String> patinaCommand(String... args) {
    Path home = home();
    Path classes = home.resolve("cli/target/classes");
    Path classpathFile = home.resolve("cli/target/patina/cli.classpath");
    assertThat(classpathFile)
        .as("%s is written by the cli module's build, which runs before examples' (mvn install -pl cli -am; "
            + "./patina does it)", classpathFile)
        .isRegularFile();
    assertThat(classes.resolve("dev/patina/cli/Main.class")).as("the cli module is compiled").isRegularFile();
    String javaHome = System.getProperty("java.home");
    List<String> command = new ArrayList<>();
    command.add(Path.of(javaHome, "bin", "java").toString());
    command.addAll(JdkAccess.jvmFlags());
    command.add("-Dpatina.home=" + home);
    command.add("-Dpatina.java.home=" + javaHome);
    command.add("-cp");
    command.add(classes + File.pathSeparator + read(classpathFile).strip());
    command.add("dev.patina.cli.Main");
    command.addAll(List.of(args));
    return command;
  }

  /** Runs a command in {@code cwd}, its standard error merged into its output. */
  public static Run run(Path cwd, List<String> command) throws Exception {
    return run(cwd, command, true);
  }

  /**
   * Runs a command in {@code cwd} with this JVM's JDK as JAVA_HOME and first on PATH; its
   * standard error is merged into its output, or thrown away when {@code withStderr} is false.
   */
  public static Run run(Path cwd, List<String> command, boolean withStderr) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(withStderr);
    if (!withStderr) {
      pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    }
    Map<String, String> env = pb.environment();
    String javaHome = System.getProperty("java.home");
    env.put("JAVA_HOME", javaHome);
    env.put("PATH", javaHome + File.separator + "bin" + File.pathSeparator + env.getOrDefault("PATH", ""));
    env.remove("MAVEN_BASEDIR");
    // the log lives outside cwd: a command may list the directory it runs in
    Path log = Files.createTempFile("patina-run", ".log");
    try {
      pb.redirectOutput(log.toFile());
      Process p = pb.start();
      p.getOutputStream().close();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("timed out after 5 minutes: " + command);
      }
      return new Run(p.exitValue(), read(log));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** A file's text, as UTF-8. */
  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
