package dev.patina.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Every benchmark belongs to exactly one suite, every suite has benchmarks, names are unique. */
class SuitesTest {

  private static Set<String> benchmarks() {
    Set<String> names = new TreeSet<>();
    BenchmarkList.defaultList()
        .getAll(OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of())
        .forEach(b -> names.add(b.getUsername()));
    return names;
  }

  @Test
  void everyBenchmarkIsInExactlyOneSuiteAndEverySuiteHasSome() {
    Set<String> all = benchmarks();
    assertThat(all).isNotEmpty();
    for (String b : all) {
      assertThat(Suites.all().stream().filter(s -> s.includes(b)).count())
          .as("suites that include %s", b).isEqualTo(1);
    }
    for (Suite s : Suites.all()) {
      assertThat(all).as("benchmarks of suite %s", s.name()).anyMatch(s::includes);
    }
    assertThat(Suites.all().stream().map(Suite::name).distinct().count()).isEqualTo(Suites.all().size());
  }
}
