package dev.patina.cli.command;

import dev.patina.cli.bench.BenchSuite;
import dev.patina.cli.bench.BenchSuites;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code patina bench [NAME]}: lists the JMH suites, or runs one. */
@Command(
    name = "bench",
    header = "List or run the JMH benchmark suites.",
    mixinStandardHelpOptions = true,
    description = "Lists the JMH benchmark suites, or runs the one named (more arguments go to JMH).")
public final class BenchCommand extends PatinaCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The suite to run.")
  String name;

  @Parameters(index = "1..*", paramLabel = "JMH_ARGS", description = "Arguments for JMH.")
  List<String> jmhArgs = new ArrayList<>();

  @Override
  public Integer call() {
    List<BenchSuite> suites = BenchSuites.all();
    if (name == null) {
      if (suites.isEmpty()) {
        out().println("There are no benchmark suites yet; the issues that add JMH benchmarks register them here.");
      }
      suites.forEach(s -> out().println(s.name() + "  " + s.description()));
      return 0;
    }
    Optional<BenchSuite> suite = BenchSuites.named(name);
    if (suite.isEmpty()) {
      String known = suites.isEmpty() ? "there are none yet" : "known suites: "
          + String.join(", ", suites.stream().map(BenchSuite::name).toList());
      throw usage("no benchmark suite `" + name + "`; " + known);
    }
    try {
      return suite.get().run(paths(), jmhArgs, out());
    } catch (IOException e) {
      return fail(e.getMessage());
    }
  }
}
