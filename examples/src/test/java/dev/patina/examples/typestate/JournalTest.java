package dev.patina.examples.typestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.examples.typestate.file.AuditTrail;
import dev.patina.examples.typestate.file.Journal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal file at run time: sessions append, and the misuses the checker rejects also throw. */
class JournalTest {

  @TempDir Path dir;

  @Test
  void twoSessionsAppendToOneFile() throws IOException {
    Path file = dir.resolve("audit.log");
    Journal journal = new Journal(file);
    AuditTrail.session(journal, List.of("a", "b"));
    AuditTrail.session(journal, List.of("c"));
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly("a", "b", "c");
    assertThat(journal.appended()).isEqualTo(3);
  }

  @Test
  void theDriverPrintsWhatItWrote() throws IOException {
    Path file = dir.resolve("trail.log");
    AuditTrail.main(new String[] {file.toString()});
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
        .containsExactly("boot: service started", "login: alice", "restart: configuration reloaded", "logout: alice");
  }

  @Test
  void aLineWithANewlineIsRefusedAndTheJournalStaysUsable() throws IOException {
    Path file = dir.resolve("j.log");
    Journal journal = new Journal(file);
    journal.open();
    try {
      try {
        journal.append("two\nlines");
        throw new AssertionError("a line with a newline was appended");
      } catch (IllegalArgumentException expected) {
        assertThat(expected).hasMessage("a journal line cannot contain a newline: two\nlines");
      }
      journal.append("one line");
    } finally {
      journal.close();
    }
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly("one line");
  }

  /** What a caller the typestate checker did not see would hit: the same rule, at run time. */
  @Test
  @SuppressWarnings("typestate") // deliberately wrong: these are the calls the checker rejects (T0001)
  void callsInTheWrongStateThrowAtRunTime() throws IOException {
    Journal journal = new Journal(dir.resolve("x.log"));
    assertThatThrownBy(() -> journal.append("early")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot append to journal").hasMessageContaining("it is closed");
    assertThatThrownBy(journal::close).isInstanceOf(IllegalStateException.class);
    journal.open();
    assertThatThrownBy(journal::open).isInstanceOf(IllegalStateException.class).hasMessageContaining("already open");
    journal.close();
  }
}
