// P0499: a second exclusive borrow while the first is live.
// Rust: E0499, "cannot borrow `grid` as mutable more than once at a time":
// `let a = grid.row_mut(0); let b = grid.row_mut(1); a.swap_with(b);`.
package dev.patina.examples.gallery.p0499;

import dev.patina.ownership.Affine;
import dev.patina.ownership.BorrowedFrom;
import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import dev.patina.ownership.Mut;

/** A grid of cells in one off-heap block. */
@Linear
final class Grid {
  /** A writable view of one row: the grid is borrowed exclusively while it is used. */
  @Mut
  @BorrowedFrom("this")
  Row rowMut(int index) {
    return new Row();
  }

  @Consume
  void free() {}
}

/** A view of one row of a Grid. */
@Affine
final class Row {
  int get(int column) {
    return 0;
  }

  void set(int column, int value) {}
}

final class Sheet {
  /** Copies row 0 into row 1, holding two writable views of the same grid at once. */
  static void copyFirstRow(@Mut Grid grid, int columns) {
    Row from = grid.rowMut(0);
    Row to = grid.rowMut(1);
    for (int c = 0; c < columns; c++) {
      to.set(c, from.get(c));
    }
  }
}
