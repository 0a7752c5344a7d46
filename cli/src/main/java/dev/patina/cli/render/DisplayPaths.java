package dev.patina.cli.render;

import java.nio.file.Path;

/** How file names are shown: relative to the working directory when below it, like rustc. */
public final class DisplayPaths {

  private DisplayPaths() {}

  public static String show(Path file) {
    if (file == null) {
      return "";
    }
    if (!file.isAbsolute()) {
      return file.toString();
    }
    Path cwd = Path.of("").toAbsolutePath();
    return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
  }
}
