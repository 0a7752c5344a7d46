package dev.patina.cli.command;

import dev.patina.cli.PatinaPaths;
import java.io.IOException;
import picocli.CommandLine.Command;

/** {@code patina classpath}: the jars user code compiles against, for pasting into other builds. */
@Command(
    name = "classpath",
    header = "Print the class path user code compiles against.",
    mixinStandardHelpOptions = true,
    description = "Prints the class path user code needs: Patina's annotations, checker-qual and runtime.")
public final class ClasspathCommand extends PatinaCommand {

  @Override
  public Integer call() {
    try {
      out().println(PatinaPaths.join(paths().userClasspath()));
      return 0;
    } catch (IOException e) {
      return fail(e.getMessage());
    }
  }
}
