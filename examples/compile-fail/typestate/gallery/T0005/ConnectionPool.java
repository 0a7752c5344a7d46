// T0005 (warning): a protocol object escapes typestate tracking.
// Rust would need the value moved into the field, after which the old name is gone (E0382 on a
// later use); a plain Java field is a second name, so the checker warns and stops following it.
// Here a connected socket is parked in a field that declares no state.
package dev.patina.examples.gallery.t0005;

import dev.patina.typestate.Ensures;
import dev.patina.typestate.Protocol;
import dev.patina.typestate.Requires;

/** A socket to a database server. */
@Protocol(states = {"Closed", "Open"}, initial = "Closed", end = {"Closed"})
final class DbSocket {
  @Requires("Closed")
  @Ensures("Open")
  void connect(String host) {}

  @Requires("Open")
  @Ensures("Closed")
  void close() {}
}

final class ConnectionPool {
  private DbSocket spare;       // no @State: the checker cannot know what state it holds

  void warmUp(String host) {
    DbSocket s = new DbSocket();
    s.connect(host);
    spare = s;                  // from here on nobody checks that `s` is ever closed
  }
}
