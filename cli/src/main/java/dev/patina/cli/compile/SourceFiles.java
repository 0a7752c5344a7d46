package dev.patina.cli.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Expands the paths a user names into the {@code .java} files under them. */
public final class SourceFiles {

  private SourceFiles() {}

  /** Thrown for a path that does not exist or is neither a directory nor a {@code .java} file. */
  public static final class BadPathException extends Exception {
    BadPathException(String message) {
      super(message);
    }
  }

  /**
   * The {@code .java} files named or found (recursively) under the given paths, sorted and without
   * duplicates, so that output does not depend on directory listing order.
   */
  public static List<Path> collect(List<Path> paths) throws BadPathException, IOException {
    TreeSet<Path> files = new TreeSet<>();
    for (Path p : paths) {
      Path path = p.normalize();
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(f -> Files.isRegularFile(f) && isJava(f)).forEach(files::add);
        }
      } else if (Files.isRegularFile(path) && isJava(path)) {
        files.add(path);
      } else if (Files.exists(path)) {
        throw new BadPathException(p + " is neither a directory nor a .java file");
      } else {
        throw new BadPathException(p + " does not exist");
      }
    }
    if (files.isEmpty()) {
      throw new BadPathException("no .java files under " + String.join(", ", paths.stream().map(Path::toString).toList()));
    }
    return new ArrayList<>(files);
  }

  private static boolean isJava(Path f) {
    return f.getFileName().toString().endsWith(".java");
  }

  /** Deletes a directory tree; best effort, since it only ever holds throw-away class files. */
  public static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a leftover temp directory is not worth failing a check over
    }
  }
}
