// P1002: a new owned @Linear value is dropped without being consumed.
// Rust: the unused_must_use lint on a #[must_use] value, or a guard dropped at the end of the
// statement (`Lease::acquire(name).expires_at()` releases nothing, because nothing owns it).
package dev.patina.examples.gallery.p1002;

import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;

/** A lease on a named lock: it must be released, or the lock stays taken until it expires. */
@Linear
final class Lease {
  static Lease acquire(String name) {
    return new Lease();
  }

  long expiresAt() {
    return 0L;
  }

  @Consume
  void release() {}
}

final class Deadlines {
  /** Takes a lease only to read its expiry, and never releases it. */
  static long deadlineOf(String lock) {
    return Lease.acquire(lock).expiresAt();
  }
}
