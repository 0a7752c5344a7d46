package dev.patina.cli;

import dev.patina.cli.command.BenchCommand;
import dev.patina.cli.command.CheckCommand;
import dev.patina.cli.command.ClasspathCommand;
import dev.patina.cli.command.DemoCommand;
import dev.patina.cli.command.ExpandCommand;
import dev.patina.cli.command.ExplainCommand;
import dev.patina.cli.command.GbCommand;
import dev.patina.cli.command.JavaCommand;
import dev.patina.cli.command.JavacCommand;
import dev.patina.cli.command.PassThrough;
import dev.patina.cli.command.ProcessorpathCommand;
import dev.patina.cli.command.StressCommand;
import dev.patina.cli.command.TestCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code patina} program that {@code ./patina} runs: checks Java code with the Patina
 * checkers and explains what they report. Exit codes: 0 fine, 1 problems found (or a failed
 * tool), 2 a usage error.
 */
@Command(
    name = "patina",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Rust's ownership checking, as javac tools for Java.",
    subcommands = {
      CheckCommand.class,
      ExpandCommand.class,
      ExplainCommand.class,
      DemoCommand.class,
      GbCommand.class,
      JavacCommand.class,
      JavaCommand.class,
      ClasspathCommand.class,
      ProcessorpathCommand.class,
      BenchCommand.class,
      StressCommand.class,
      TestCommand.class
    },
    footer = {"", "Run `patina COMMAND --help` for a command's options; `patina demo` shows what Patina catches."})
public final class Main implements Callable<Integer> {

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call it with their own out/err writers. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(Main::usageError);
    cl.setExecutionExceptionHandler(Main::internalError);
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (sub.getCommand() instanceof PassThrough) {
        // javac/java/mvn arguments go through untouched: unknown options, @files and all
        sub.setUnmatchedOptionsArePositionalParams(true);
        sub.setStopAtPositional(true);
        sub.setExpandAtFiles(false);
      }
    }
    return cl;
  }

  /** No subcommand: show what there is. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** A usage error: one line saying what is wrong and where to look, exit 2 — no usage dump. */
  private static int usageError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try `" + cmd.getCommandSpec().qualifiedName() + " --help` for more information.");
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * An exception no command handled is a bug in Patina (user errors are caught where they
   * happen), so the trace is worth showing.
   */
  private static int internalError(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    err.println(cmd.getCommandSpec().qualifiedName() + ": internal error, please report it: " + ex);
    ex.printStackTrace(err);
    err.flush();
    return 1;
  }

  /** The version the build wrote into {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"patina " + p.getProperty("version", "(unknown version)")};
    }
  }
}
