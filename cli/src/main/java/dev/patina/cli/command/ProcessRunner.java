package dev.patina.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs another program with this process's stdin, stdout and stderr, and returns its exit code. */
final class ProcessRunner {

  private ProcessRunner() {}

  /**
   * Runs {@code command} in {@code dir} (null: the current directory) with {@code env} added to
   * this process's environment.
   */
  static int run(List<String> command, Path dir, Map<String, String> env) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    pb.environment().putAll(env);
    Process p = pb.start();
    try {
      return p.waitFor();
    } catch (InterruptedException e) {
      p.destroy();
      Thread.currentThread().interrupt();
      return 130; // what a shell reports for a program stopped by Ctrl-C
    }
  }
}
