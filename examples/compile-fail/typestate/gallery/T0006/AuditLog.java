// T0006: a @State field is not back in its states when a method of its class returns.
// Rust has no field-level typestate; the closest is an invariant a `&mut self` method must restore.
// Here an audit log keeps its file open between calls, and one path of rotate() leaves it closed.
package dev.patina.examples.gallery.t0006;

import dev.patina.typestate.Ensures;
import dev.patina.typestate.Protocol;
import dev.patina.typestate.Requires;
import dev.patina.typestate.State;

/** A log file on disk. */
@Protocol(states = {"Closed", "Open"}, initial = "Closed", end = {"Closed"})
final class LogFile {
  @Requires("Closed")
  @Ensures("Open")
  void open() {}

  @Requires("Open")
  void write(String line) {}

  @Requires("Open")
  @Ensures("Closed")
  void close() {}

  static @State("Open") LogFile opened(String path) {
    LogFile f = new LogFile();
    f.open();
    return f;
  }
}

final class AuditLog {
  private @State("Open") LogFile file = LogFile.opened("audit.log");

  void record(String event) {
    file.write(event);
  }

  void rotate(boolean diskFull) {
    file.close();
    if (diskFull) {
      return;                   // every other method expects the file to be Open again
    }
    file.open();
  }
}
