// P0505: a value is moved while a borrow of it is live.
// Rust: E0505, "cannot move out of `arena` because it is borrowed":
// `let s = &arena[0..8]; pool.recycle(arena); println!("{}", s[0]);`.
package dev.patina.examples.gallery.p0505;

import dev.patina.ownership.Affine;
import dev.patina.ownership.BorrowedFrom;
import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import dev.patina.ownership.Owned;

/** A block of memory for one request. */
@Linear
final class Arena {
  /** A view of bytes [from, to): no copy, so the arena stays borrowed while it is used. */
  @BorrowedFrom("this")
  Slice slice(int from, int to) {
    return new Slice();
  }

  @Consume
  void free() {}
}

/** A window on an Arena's memory. */
@Affine
final class Slice {
  byte get(int index) {
    return 0;
  }
}

/** Takes arenas back for reuse. */
final class ArenaPool {
  void recycle(@Owned Arena arena) {
    arena.free();
  }
}

final class Uploader {
  /** Hands the arena back to the pool while the checksum slice still reads it. */
  static byte finish(ArenaPool pool, @Owned Arena arena) {
    Slice checksum = arena.slice(0, 4);
    pool.recycle(arena);
    return checksum.get(0);
  }
}
