package dev.patina.cli.expand;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Graphviz's {@code dot} program, which draws a DOT file as a picture. Patina does not need it: the
 * DOT file is always written, and drawn when {@code dot} is installed (Debian: {@code apt-get
 * install graphviz}).
 *
 * @param program the {@code dot} executable
 */
public record Graphviz(Path program) {

  /** What to install when {@code dot} is missing. */
  public static final String INSTALL = "install Graphviz (Debian: apt-get install graphviz)";

  // a large graph takes dot a second or two; a minute means it is stuck
  private static final long TIMEOUT_SECONDS = 60;

  /** A picture format {@code dot} writes. */
  public enum Format {
    SVG,
    PNG;

    /** The file name extension, and {@code dot}'s {@code -T} name. */
    public String extension() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The {@code dot} on {@code path} (a {@code PATH} value), if there is one. */
  public static Optional<Graphviz> onPath(String path) {
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "dot");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(new Graphviz(candidate));
      }
    }
    return Optional.empty();
  }

  /** The picture of {@code dotFile} in {@code format}: the same path, with the format's extension. */
  public static Path picture(Path dotFile, Format format) {
    String name = dotFile.getFileName().toString();
    String stem = name.endsWith(".dot") ? name.substring(0, name.length() - ".dot".length()) : name;
    return dotFile.resolveSibling(stem + "." + format.extension());
  }

  /**
   * Draws {@code dotFile} into {@link #picture}, atomically: a failed {@code dot} leaves no
   * picture, and an older one in place.
   *
   * @return the picture
   * @throws IOException if {@code dot} cannot be run, fails (its output is in the message), or
   *     takes more than a minute
   */
  public Path render(Path dotFile, Format format) throws IOException {
    Path out = picture(dotFile, format);
    AtomicFiles.write(out, tmp -> run(List.of(program.toString(), "-T" + format.extension(), "-o", tmp.toString(),
        dotFile.toString())));
    return out;
  }

  private void run(List<String> command) throws IOException {
    Path log = Files.createTempFile("patina-dot", ".log");
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      boolean finished;
      try {
        finished = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while " + program + " ran", e);
      }
      if (!finished) {
        p.destroyForcibly();
        throw new IOException(program + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      if (p.exitValue() != 0) {
        String said = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip();
        throw new IOException(program + " failed (exit " + p.exitValue() + ")" + (said.isEmpty() ? "" : ": " + said));
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
