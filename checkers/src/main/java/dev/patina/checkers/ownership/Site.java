package dev.patina.checkers.ownership;

import com.sun.source.tree.Tree;

/**
 * Where a value changed hands, and how ("moved into `give`", "consumed by `close()`"), for the
 * secondary labels of diagnostics. {@code outlives} marks a destination that outlives the method
 * (a return, a field): moving a borrow there is an escape (P0597), not a move out of it (P0507).
 * Trees compare by identity.
 */
record Site(Tree tree, String how, boolean outlives) {

  Site(Tree tree, String how) {
    this(tree, how, false);
  }
}
