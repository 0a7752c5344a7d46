// T0003: an argument is not in the @State its parameter declares.
// Rust's typestate builders make this a type mismatch (E0308): `send` takes `Message<Addressed>`.
// Here a message is sent before anyone gave it a recipient.
package dev.patina.examples.gallery.t0003;

import dev.patina.typestate.Ensures;
import dev.patina.typestate.Protocol;
import dev.patina.typestate.Requires;
import dev.patina.typestate.State;

/** An e-mail being built: it needs a recipient before it can be sent. */
@Protocol(states = {"Draft", "Addressed"}, initial = "Draft", end = {"Draft", "Addressed"})
final class Message {
  private final StringBuilder body = new StringBuilder();

  @Requires("Draft")
  @Ensures("Addressed")
  void to(String recipient) {}

  void append(String text) {
    body.append(text);
  }
}

final class Mailer {
  static void send(@State("Addressed") Message m) {}

  static void remindAll(String text) {
    Message m = new Message();
    m.append(text);
    send(m);                    // `m` is still a Draft: nobody called to()
  }
}
