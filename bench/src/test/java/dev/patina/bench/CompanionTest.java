package dev.patina.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.runner.options.OptionsBuilder;

class CompanionTest {

  private static final String PKG = "dev.patina.bench.executor";

  @Test
  void rowsAndNotesAreParsedIntoTheirBenchmarkClass() {
    Companion.Outcome o = Companion.parse("# Tokio 1.24.2\nChainedSpawnBench.tokio\tworkers=1\t98.5\tns/op\n\n"
        + "HandoffBench.tokio\t\t4500\tns/op\n", PKG);
    assertThat(o.notes()).containsExactly("Tokio 1.24.2");
    assertThat(o.skipped()).isEmpty();
    assertThat(o.rows()).hasSize(2);
    Report.Row first = o.rows().getFirst();
    assertThat(first.className()).isEqualTo(PKG + ".ChainedSpawnBench");
    assertThat(first.method()).isEqualTo("tokio");
    assertThat(first.params()).isEqualTo(Map.of("workers", "1"));
    assertThat(first.score()).isEqualTo(98.5);
    assertThat(o.rows().get(1).params()).isEmpty();
    assertThatThrownBy(() -> Companion.parse("just one field\n", PKG))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Class.method");
  }

  @Test
  void theExecutorSuiteHasTheTokioCompanionAndOthersHaveNone() {
    assertThat(Companion.of(Suites.named("executor").orElseThrow()).map(Companion::script))
        .contains("bench/tokio/run.sh");
    assertThat(Companion.of(Suites.named("reflect").orElseThrow())).isEmpty();
  }

  @Test
  void aCompanionThatCannotRunIsASkipWithItsReason(@TempDir Path home) throws Exception {
    Path script = home.resolve("peer.sh");
    Files.writeString(script, "#!/bin/sh\necho 'cargo is not installed' >&2\nexit 3\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Companion c = new Companion("a peer", "peer.sh");
    Companion.Outcome o = c.run(home, PKG, 1);
    assertThat(o.skipped()).contains("cargo is not installed");
    Suite suite = Suites.named("executor").orElseThrow();
    String md = new Report(suite, "./patina bench executor", new OptionsBuilder().build(), List.of(),
        Optional.of(c), Optional.of(o)).markdown();
    assertThat(md).contains("## Companion: a peer").contains("Not run: cargo is not installed");

    assertThat(new Companion("gone", "missing.sh").run(home, PKG, 1).skipped().orElseThrow())
        .contains("missing or not executable");
  }

  @Test
  void companionRowsJoinTheirClassTable(@TempDir Path home) throws Exception {
    Path script = home.resolve("peer.sh");
    Files.writeString(script, "#!/bin/sh\nprintf 'ChainedSpawnBench.tokio\\tworkers=%s\\t100.0\\tns/op\\n' 1\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Companion c = new Companion("a peer", "peer.sh");
    Companion.Outcome o = c.run(home, PKG, 1);
    assertThat(o.rows()).hasSize(1);
    String md = new Report(Suites.named("executor").orElseThrow(), "cmd", new OptionsBuilder().build(), List.of(),
        Optional.of(c), Optional.of(o)).markdown();
    assertThat(md).contains("## ChainedSpawnBench").contains("| tokio | workers=1 | avgt | 100 |");
  }
}
