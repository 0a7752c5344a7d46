// P1003 (a warning): an owned @Linear value becomes a type the checker does not track.
// Rust has no analogue: every Rust type keeps its ownership rules. The closest is converting a
// value into something that forgets it, like `Box::into_raw` or `std::mem::forget`: from there on
// nothing makes sure it is freed.
package dev.patina.examples.gallery.p1003;

import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import java.util.HashMap;
import java.util.Map;

/** A handle on a native socket: it must be closed. */
@Linear
final class Socket {
  static Socket connect(String host) {
    return new Socket();
  }

  @Consume
  void close() {}
}

final class Registry {
  private final Map<String, Object> services = new HashMap<>();

  /** Stores the socket as an Object: the checker can no longer see that it must be closed. */
  void register(String host) {
    Object handle = Socket.connect(host);
    services.put(host, handle);
  }
}
