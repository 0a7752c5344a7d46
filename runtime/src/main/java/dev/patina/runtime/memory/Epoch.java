package dev.patina.runtime.memory;

/**
 * Which reset of a {@link BumpArena} is current. Each {@link ArenaSlice} remembers the epoch it was
 * carved in and compares it with this shared counter on every access, so a slice used after its
 * arena was reset or closed fails instead of reading memory that now belongs to someone else.
 */
final class Epoch {

  /** Incremented by every reset and by close. */
  long value; // a long: an int would come round after 2^32 resets, 72 minutes at a million resets a second

  /** Set by close: the arena's memory is gone, not just recycled. */
  boolean closed;
}
