package dev.patina.derive;

/** The byte order of a {@link Struct}'s multi-byte fields. */
public enum Order {
  /** Least significant byte first (x86, ARM in its usual mode, most file formats). */
  LITTLE_ENDIAN,
  /** Most significant byte first (network protocols, many wire formats). */
  BIG_ENDIAN
}
