// T0004: a protocol is malformed, or an annotation names a state its protocol does not have.
// Rust would reject the misspelt state type as an unknown name (E0412). Here one method of a
// socket protocol names a state that does not exist, which would make every call to it an error.
package dev.patina.examples.gallery.t0004;

import dev.patina.typestate.Ensures;
import dev.patina.typestate.Protocol;
import dev.patina.typestate.Requires;

/** A TCP socket: connect, send, close. */
@Protocol(states = {"Unconnected", "Connected", "Closed"}, initial = "Unconnected", end = {"Unconnected", "Closed"})
final class Socket {
  @Requires("Unconnected")
  @Ensures("Connected")
  void connect(String host, int port) {}

  @Requires("Conected")         // a misspelt state
  void send(byte[] data) {}

  @Requires("Connected")
  @Ensures("Closed")
  void close() {}
}
