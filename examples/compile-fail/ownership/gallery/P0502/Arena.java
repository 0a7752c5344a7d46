// P0502: an exclusive borrow while a shared borrow is live.
// Rust: E0502, "cannot borrow `arena` as mutable because it is also borrowed as immutable":
// `let s = &arena[0..8]; arena.clear(); println!("{}", s[0]);`.
package dev.patina.examples.gallery.p0502;

import dev.patina.ownership.Affine;
import dev.patina.ownership.BorrowedFrom;
import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import dev.patina.ownership.Mut;

/** A bump allocator: reset() recycles its memory for the next request. */
@Linear
final class Arena {
  /** A view of bytes [from, to): no copy, so the arena stays borrowed while it is used. */
  @BorrowedFrom("this")
  Slice slice(int from, int to) {
    return new Slice();
  }

  @Mut
  void reset() {}

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

final class Requests {
  /** Reads the header after the arena was reset: the slice shows whatever comes next. */
  static byte version(@Mut Arena arena) {
    Slice header = arena.slice(0, 8);
    arena.reset();
    return header.get(0);
  }
}
