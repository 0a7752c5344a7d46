package dev.patina.cli.command;

import dev.patina.cli.PatinaPaths;
import java.io.IOException;
import picocli.CommandLine.Command;

/** {@code patina processorpath}: the javac processor path holding the Patina checkers. */
@Command(
    name = "processorpath",
    header = "Print the javac processor path of the Patina checkers.",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the javac -processorpath that holds the Patina checkers (with the Checker Framework).",
      "Pair it with -processor and the jdk.compiler exports, as `patina javac` does."
    })
public final class ProcessorpathCommand extends PatinaCommand {

  @Override
  public Integer call() {
    try {
      out().println(PatinaPaths.join(paths().processorPath()));
      return 0;
    } catch (IOException e) {
      return fail(e.getMessage());
    }
  }
}
