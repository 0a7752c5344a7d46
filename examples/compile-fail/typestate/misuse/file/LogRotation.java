// Wrong uses of the journal file protocol (Closed -> Open -> Closed) of
// examples/src/main/java/dev/patina/examples/typestate/file/Journal.java: a log rotation job with
// one mistake per method. Each comment names the code the typestate checker must report there.
package dev.patina.examples.typestate.misuse.file;

import dev.patina.examples.typestate.file.AuditTrail;
import dev.patina.examples.typestate.file.Journal;
import dev.patina.typestate.State;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

final class LogRotation {

  /** T0001: the closing line is appended after close(): the journal is Closed, append needs Open. */
  static void rotate(Path log) throws IOException {
    Journal journal = new Journal(log);
    journal.open();
    try {
      journal.append("rotating");
    } finally {
      journal.close();
    }
    journal.append("rotated"); // T0001: Closed, append() requires Open
  }

  /** T0001: only one branch opened the journal, but both close it. */
  static void reopen(Path log, boolean wasOpened) throws IOException {
    Journal journal = new Journal(log);
    if (wasOpened) {
      journal.open();
    }
    journal.close(); // T0001: Open or Closed here, close() requires Open
  }

  /** T0002: the early return for an empty batch leaves the journal Open. */
  static void archive(Path log, List<String> batch) throws IOException {
    Journal journal = new Journal(log);
    journal.open();
    if (batch.isEmpty()) {
      return; // T0002: `journal` is still Open when the method returns here
    }
    try {
      AuditTrail.record(journal, batch);
    } finally {
      journal.close();
    }
  }

  /** T0002: an I/O error in append() skips the close(), so the journal dies Open. */
  static void stamp(Path log, String line) throws IOException {
    Journal journal = new Journal(log);
    journal.open();
    journal.append(line); // T0002: if this throws, `journal` leaves the method Open (no finally)
    journal.close();
  }

  /** T0003: record() needs an open journal; this one was never opened. */
  static void replay(Path log, List<String> events) throws IOException {
    Journal journal = new Journal(log);
    AuditTrail.record(journal, events); // T0003: the argument is Closed, the parameter wants Open
  }

  /** T0006: promises (by @State("Open")) to hand the journal back open, but closes it. */
  static void flush(@State("Open") Journal journal) throws IOException {
    journal.sync();
    journal.close(); // the caller's journal is Closed now
  } // T0006: `journal` must be Open when the method returns

  private Journal current;

  /** T0005 (a warning): a field without @State lets the journal's state change out of sight. */
  void keep(Path log) {
    Journal journal = new Journal(log);
    current = journal; // T0005: stored in a field with no @State, the checker stops tracking it
  }
}
