package dev.patina.derive;

/** The layout rule of a {@link Struct}. */
public enum Repr {
  /** Declaration order, each field at a multiple of its alignment, the size a multiple of the largest: C's rule. */
  C,
  /** Declaration order with no padding at all, alignment 1: C's {@code __attribute__((packed))}. */
  PACKED
}
