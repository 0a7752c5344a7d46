package dev.patina.runtime.queue;

/**
 * The field layout of {@link WorkStealingDeque}: {@code top} (CASed by thieves) and {@code bottom}
 * (written by the owner) on different cache lines, with padding before, between and after.
 *
 * <p>HotSpot places a superclass's fields before its subclass's, so a chain of classes fixes the
 * order that one class could not (the JVM sorts the fields of one class by size). 128 bytes of
 * padding on each side also covers the adjacent-line prefetcher of x86.
 */
final class WorkStealingDequeLayout {

  private WorkStealingDequeLayout() {}

  /** Padding between the object header (and whatever precedes this object) and {@code top}. */
  abstract static class PadBeforeTop {
    long p00, p01, p02, p03, p04, p05, p06, p07;
    long p08, p09, p10, p11, p12, p13, p14, p15;
  }

  /** The thieves' end. Written only by CAS (thieves, and the owner for the last element). */
  abstract static class Top extends PadBeforeTop {
    long top;
  }

  /** Padding between {@code top} and the owner's fields. */
  abstract static class PadBeforeBottom extends Top {
    long p20, p21, p22, p23, p24, p25, p26, p27;
    long p28, p29, p30, p31, p32, p33, p34, p35;
  }

  /** The owner's end and the owner's private bookkeeping; only the owner writes these. */
  abstract static class Bottom extends PadBeforeBottom {
    long bottom;
    /** The circular buffer; replaced (by the owner) only when it grows. */
    Object[] array;
    /** Owner-private: slots below this index have been cleared after thieves took them. */
    long cleared;
  }

  /** Padding after the owner's fields, so the next object on the heap does not share the line. */
  abstract static class PadAfter extends Bottom {
    long p40, p41, p42, p43, p44, p45, p46, p47;
    long p48, p49, p50, p51, p52, p53, p54, p55;
  }
}
