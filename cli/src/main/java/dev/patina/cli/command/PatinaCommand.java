package dev.patina.cli.command;

import dev.patina.cli.PatinaPaths;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every command shares: its output streams (picocli's, so tests can capture them), the
 * Patina paths, and the two ways to fail — a one-line error (exit 1) or a usage error (exit 2).
 */
abstract class PatinaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  PatinaPaths paths() {
    return PatinaPaths.fromSystemProperties();
  }

  /** Prints {@code patina CMD: message} to stderr and returns exit code 1. */
  int fail(String message) {
    err().println(spec.qualifiedName() + ": " + message);
    err().flush();
    return 1;
  }

  /** A usage error for {@code throw}: picocli prints it with a pointer to --help and exits 2. */
  ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
