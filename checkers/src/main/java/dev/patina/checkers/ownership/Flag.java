package dev.patina.checkers.ownership;

/** What a tracked variable may hold at a program point; a state is a set of these, one per path. */
enum Flag {
  /** An owned value that must still be consumed (for {@code @Linear} types) or may be used. */
  OWNED,
  /** Nothing: the value was moved away or consumed. */
  MOVED,
  /** Nothing: the variable holds {@code null} or was not assigned yet. */
  NULL,
  /** A borrow: usable, but not the variable's to move or consume. */
  BORROWED,
  /**
   * With {@link #BORROWED}: the borrow may be shared (not {@code @Mut}), so {@code @Mut} methods
   * may not be called through it. A borrow without it is exclusive.
   */
  SHARED,
  /** The value escaped into something untracked: the checker no longer follows it. */
  ESCAPED
}
