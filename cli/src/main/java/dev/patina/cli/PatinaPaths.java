package dev.patina.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where Patina lives: its checkout ({@code patina.home}), the JDK that runs it ({@code
 * patina.java.home}), and the class paths the build writes to {@code cli/target/patina/} — the
 * launcher passes the first two as system properties, the build writes the rest in
 * process-resources.
 *
 * @param home the repository root
 * @param javaHome the JDK used for {@code javac}/{@code java} subprocesses
 */
public record PatinaPaths(Path home, Path javaHome) {

  /** From the launcher's system properties; falls back to the working directory and this JVM. */
  public static PatinaPaths fromSystemProperties() {
    String home = System.getProperty("patina.home");
    String javaHome = System.getProperty("patina.java.home", System.getProperty("java.home"));
    return new PatinaPaths(
        Path.of(home != null && !home.isBlank() ? home : ".").toAbsolutePath().normalize(),
        Path.of(javaHome).toAbsolutePath().normalize());
  }

  /** The directory the cli module's build writes its path files to. */
  public Path pathFiles() {
    return home.resolve("cli/target/patina");
  }

  /** The jars user code compiles against: annotations, checker-qual, runtime. */
  public List<String> userClasspath() throws IOException {
    return readPath("user.classpath");
  }

  /** The jars javac loads the Patina checkers and processors from. */
  public List<String> processorPath() throws IOException {
    return readPath("processor.path");
  }

  /** The jars of Error Prone, which runs Patina's Error Prone checks ({@code -Xplugin:ErrorProne}). */
  public List<String> errorPronePath() throws IOException {
    return readPath("errorprone.path");
  }

  /** A tool of the JDK, e.g. {@code javac}. */
  public Path jdkTool(String name) {
    return javaHome.resolve("bin").resolve(name);
  }

  private List<String> readPath(String name) throws IOException {
    Path file = pathFiles().resolve(name);
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      // the message is what the user sees: say how to get the file, not just that it is missing
      throw new IOException(file + " is missing; build Patina first (./patina does it)", e);
    }
    return split(text);
  }

  /** Splits a class path into its entries, dropping empty ones. */
  public static List<String> split(String classpath) {
    List<String> out = new ArrayList<>();
    for (String entry : classpath.strip().split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        out.add(entry.strip());
      }
    }
    return out;
  }

  /** Joins class path entries with the platform's separator. */
  public static String join(List<String> entries) {
    return String.join(File.pathSeparator, entries);
  }
}
