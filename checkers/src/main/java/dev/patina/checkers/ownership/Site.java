package dev.patina.checkers.ownership;

import com.sun.source.tree.Tree;

/**
 * Where a value changed hands, and how ("moved into `give`", "consumed by `close()`"), for the
 * secondary labels of diagnostics. Trees compare by identity.
 */
record Site(Tree tree, String how) {}
