// P0053: an override changes an ownership mode.
// Rust: E0053, "method `accept` has an incompatible type for trait": the trait takes
// `msg: Message` (by value) and the impl takes `msg: &Message`.
package dev.patina.examples.gallery.p0053;

import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import dev.patina.ownership.Owned;

/** A message from a queue: it must be acknowledged once it is handled. */
@Linear
final class Message {
  String body() {
    return "";
  }

  @Consume
  void ack() {}
}

/** A stage of a pipeline takes each message over, and acknowledges or forwards it. */
interface Stage {
  void accept(@Owned Message msg);
}

/** Only looks at the message: callers of Stage.accept hand it over, and nobody acknowledges it. */
final class Auditor implements Stage {
  @Override
  public void accept(Message msg) {
    System.out.println(msg.body());
  }
}
