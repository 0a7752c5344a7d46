package dev.patina.checkers.flow;

import org.checkerframework.dataflow.analysis.Store;

/**
 * A store that can say it lies on a path which exists only because an unchecked exception, which
 * no callee declares, is propagating. Such a path counts only once a catch clause of the method
 * takes it (the store is then {@linkplain #caught() caught}).
 */
public interface Unwindable<S extends Unwindable<S>> extends Store<S> {

  /** Whether this store lies on such an unwinding path. */
  boolean unwinding();

  /** A copy of this store, marked unwinding. */
  S unwound();

  /** Marks this store as taken by a catch clause: its path is real again. */
  void caught();
}
