package dev.patina.runtime.queue;

/**
 * The field layout of {@link MsQueue}: {@code head} (written by consumers) and {@code tail}
 * (written by producers) on different cache lines, padded before, between and after (see {@link
 * WorkStealingDequeLayout} for why a chain of classes).
 */
final class MsQueueLayout {

  private MsQueueLayout() {}

  abstract static class PadBeforeHead {
    long p00, p01, p02, p03, p04, p05, p06, p07;
    long p08, p09, p10, p11, p12, p13, p14, p15;
  }

  /** The dummy node before the first element; CASed by consumers. */
  abstract static class Head extends PadBeforeHead {
    MsQueue.Node<?> head;
  }

  abstract static class PadBeforeTail extends Head {
    long p20, p21, p22, p23, p24, p25, p26, p27;
    long p28, p29, p30, p31, p32, p33, p34, p35;
  }

  /** The last node, or one a little behind it; CASed by producers (and helping consumers). */
  abstract static class Tail extends PadBeforeTail {
    MsQueue.Node<?> tail;
  }

  abstract static class PadAfter extends Tail {
    long p40, p41, p42, p43, p44, p45, p46, p47;
    long p48, p49, p50, p51, p52, p53, p54, p55;
  }
}
